import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CONTRACT_PATH = fileURLToPath(new URL('../contract.graphql', import.meta.url));
let cached: string | undefined;

/** The shared contract (federation links, @sensitive, the enums) every subgraph schema starts with. */
export function contractSdl(): string {
  return (cached ??= readFileSync(CONTRACT_PATH, 'utf8'));
}
