import type { Agency, Role } from '@hub/policies/vocabulary';

/** The demo identity provider's people. Synthetic; team memberships in the seed refer to their ids. */
export interface Persona {
  id: string;
  name: string;
  agency: Agency;
  role: Role;
}

export const PERSONAS: readonly Persona[] = [
  { id: 'sw-garcia', name: 'Dana Garcia', agency: 'CHILD_WELFARE', role: 'CW_SOCIAL_WORKER' },
  { id: 'po-nguyen', name: 'Sam Nguyen', agency: 'PROBATION', role: 'PROBATION_OFFICER' },
  { id: 'clin-okafor', name: 'Ada Okafor', agency: 'HEALTH', role: 'CLINICIAN' },
  { id: 'phn-silva', name: 'Rosa Silva', agency: 'HEALTH', role: 'PUBLIC_HEALTH_NURSE' },
  { id: 'school-park', name: 'Min Park', agency: 'EDUCATION', role: 'SCHOOL_LIAISON' },
  { id: 'da-reyes', name: 'Luis Reyes', agency: 'DISTRICT_ATTORNEY', role: 'PROSECUTOR' },
  { id: 'va-mensah', name: 'Efua Mensah', agency: 'DISTRICT_ATTORNEY', role: 'VICTIM_ADVOCATE' },
  { id: 'pd-cohen', name: 'Ari Cohen', agency: 'PUBLIC_DEFENDER', role: 'PUBLIC_DEFENDER' },
  { id: 'cbo-james', name: 'Toni James', agency: 'COMMUNITY', role: 'CBO_ADVOCATE' },
  { id: 'mentor-lee', name: 'Jo Lee', agency: 'COMMUNITY', role: 'SURVIVOR_MENTOR' },
  { id: 'det-morales', name: 'Jordan Morales', agency: 'LAW_ENFORCEMENT', role: 'LAW_ENFORCEMENT_OFFICER' },
  { id: 'coord-ortiz', name: 'Marisol Ortiz', agency: 'HUB', role: 'MDT_COORDINATOR' },
  { id: 'privacy-shah', name: 'Priya Shah', agency: 'HUB', role: 'PRIVACY_OFFICER' },
];

export function persona(id: string): Persona {
  const found = PERSONAS.find((p) => p.id === id);
  if (!found) throw new Error(`unknown persona ${id}`);
  return found;
}

/** The viewer a persona's token describes. */
export function personaViewer(id: string): { sub: string; name: string; agency: Agency; role: Role } {
  const p = persona(id);
  return { sub: p.id, name: p.name, agency: p.agency, role: p.role };
}
