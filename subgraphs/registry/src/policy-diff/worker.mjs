// The policy comparison's worker thread (piscina, `pool.ts`). The registry runs its TypeScript
// through tsx; a worker thread starts without the parent's loader under every runner (tsx, vitest),
// so this plain module loads the task through tsx's API itself.
import { tsImport } from 'tsx/esm/api';

const { policyDiffTask } = await tsImport('./task.ts', import.meta.url);

export default policyDiffTask;
