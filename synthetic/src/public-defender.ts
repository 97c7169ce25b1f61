import type { SyntheticYouth } from './world.ts';

/** Placeholder: the public-defender subgraph's records; its developer replaces this file. */
export interface PublicDefenderCase {
  youthId: string;
  localId: string;
}

export function generatePublicDefender(youths: readonly SyntheticYouth[], today: Date): PublicDefenderCase[] {
  void youths;
  void today;
  return [];
}
