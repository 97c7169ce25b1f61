import type { SyntheticYouth } from './world.ts';

/** Placeholder: the education subgraph's records; its developer replaces this file. */
export interface EducationCase {
  youthId: string;
  localId: string;
}

export function generateEducation(youths: readonly SyntheticYouth[], today: Date): EducationCase[] {
  void youths;
  void today;
  return [];
}
