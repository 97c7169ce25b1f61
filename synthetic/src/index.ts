export { PERSONAS, persona, personaViewer } from './personas.ts';
export type { Persona } from './personas.ts';
export { generateWorld } from './world.ts';
export type {
  ChildWelfareCase,
  SyntheticConsent,
  SyntheticCourtOrder,
  SyntheticMember,
  SyntheticTeam,
  SyntheticWorld,
  SyntheticYouth,
} from './world.ts';
export type { HealthCase } from './health.ts';
export type { ProbationCase } from './probation.ts';
export type { EducationCase } from './education.ts';
export type { DistrictAttorneyCase } from './district-attorney.ts';
export type { PublicDefenderCase } from './public-defender.ts';
