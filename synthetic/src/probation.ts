import type { SyntheticYouth } from './world.ts';

/** Placeholder: the probation subgraph's records; its developer replaces this file. */
export interface ProbationCase {
  youthId: string;
  localId: string;
}

export function generateProbation(youths: readonly SyntheticYouth[], today: Date): ProbationCase[] {
  void youths;
  void today;
  return [];
}
