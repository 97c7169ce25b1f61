import type { SyntheticYouth } from './world.ts';

/** Placeholder: the district-attorney subgraph's records; its developer replaces this file. */
export interface DistrictAttorneyCase {
  youthId: string;
  localId: string;
}

export function generateDistrictAttorney(youths: readonly SyntheticYouth[], today: Date): DistrictAttorneyCase[] {
  void youths;
  void today;
  return [];
}
