import { emergencyRule } from './emergency.ts';
import {
  CONSENT_BASIS,
  COURT_ORDER_BASIS,
  IN_PROGRAM_BASIS,
  NEVER_BASIS,
  SCOPE_BASIS,
  SHARING_BASIS,
} from './legal-basis.ts';
import { TABLE_ROLES, tableCell, type Cell, type TableRole } from './table.ts';
import { actionRules } from './action-rules.ts';
import { lawEnforcementCellBasis } from './law-enforcement.ts';
import { limitedCell } from './limited.ts';
import { PERMITTED_PURPOSES } from './purposes.ts';
import type { PolicyRule } from './types.ts';
import { DATA_CATEGORIES, ROLES, type DataCategory } from './vocabulary.ts';

const SHORT: Record<DataCategory, string> = {
  IDENTITY: 'identity',
  CHILD_WELFARE_CASE: 'cw-case',
  PLACEMENT: 'placement',
  RUNAWAY: 'runaway',
  CSEC_INDICATORS: 'csec',
  SAFETY_PLAN: 'safety-plan',
  MENTAL_HEALTH: 'mh',
  PSYCHOTHERAPY_NOTES: 'psychotherapy-notes',
  SUBSTANCE_USE: 'su',
  SEXUAL_HEALTH: 'sexual-health',
  PHYSICAL_HEALTH: 'physical-health',
  EDUCATION: 'education',
  PROBATION: 'probation',
  DELINQUENCY: 'delinquency',
  VICTIM_WITNESS: 'victim-witness',
  ATTORNEY_CLIENT: 'attorney-client',
  MDT_NOTES: 'mdt-notes',
  SUD_COUNSELING_NOTES: 'sud-counseling-notes',
  LAW_ENFORCEMENT_RECORDS: 'law-enforcement',
};
const ROLE_SHORT: Record<TableRole, string> = {
  CW_SOCIAL_WORKER: 'cw-worker',
  PROBATION_OFFICER: 'probation',
  CLINICIAN: 'clinician',
  PUBLIC_HEALTH_NURSE: 'ph-nurse',
  SCHOOL_LIAISON: 'school',
  PROSECUTOR: 'prosecutor',
  VICTIM_ADVOCATE: 'victim-advocate',
  PUBLIC_DEFENDER: 'defender',
  CBO_ADVOCATE: 'cbo',
  SURVIVOR_MENTOR: 'mentor',
  LAW_ENFORCEMENT_OFFICER: 'detective',
};

function cellRules(category: DataCategory, role: TableRole, cell: Cell): PolicyRule[] {
  const id = (kind: string) => `${SHORT[category]}.${kind}.${ROLE_SHORT[role]}`;
  const narrowed = cell.limited ? limitedCell(category, role) : undefined;
  if (cell.limited && !narrowed) throw new Error(`the limited cell ${category} × ${role} names no fields`);
  const base = {
    roles: [role],
    ...(cell.inferred ? { inferred: true } : {}),
    ...(narrowed ? { fields: narrowed.released } : {}),
  };
  const limited = narrowed ? ` (limited to ${narrowed.summary})` : '';
  const inferred = cell.inferred ? ' (inferred)' : '';
  // A cell with a statute of its own (law enforcement's row and column) names it in every rule it makes.
  const own = lawEnforcementCellBasis(category, role);
  const sharingBasis = own ?? SHARING_BASIS[category];
  const consentBasis = own ?? CONSENT_BASIS[category];
  const orderBasis = own ?? COURT_ORDER_BASIS;
  const neverBasis = own ?? NEVER_BASIS[category] ?? SHARING_BASIS[category];
  const allowServes: PolicyRule = {
    ...base,
    id: id('allow'),
    effect: 'allow',
    conditions: { category, inScope: true },
    legalBasis: sharingBasis + inferred,
    description: `${role} reads ${category} of a youth their agency serves or whose MDT they are on${limited}`,
  };
  const team: PolicyRule = {
    ...base,
    id: id('team'),
    effect: 'allow',
    conditions: { category, onTeam: true },
    legalBasis: sharingBasis + inferred,
    description: `${role} reads ${category} while on the youth's MDT${limited}`,
  };
  const consent = (extra: PolicyRule['conditions'] = { inScope: true }): PolicyRule => ({
    ...base,
    id: id('consent'),
    effect: 'allow',
    conditions: { category, ...extra, consent: true },
    otherwise: 'CONSENT_REQUIRED',
    legalBasis: consentBasis + inferred,
    description: `${role} reads ${category} only with the youth's consent naming their agency`,
  });
  const order: PolicyRule = {
    ...base,
    id: id('court-order'),
    effect: 'allow',
    conditions: { category, inScope: true, courtOrder: true },
    otherwise: 'COURT_ORDER_REQUIRED',
    legalBasis: orderBasis + inferred,
    description: `${role} reads ${category} only under a court order naming their agency`,
  };
  const inProgram: PolicyRule = {
    ...base,
    id: id('in-program'),
    effect: 'allow',
    conditions: { category, inProgram: true },
    otherwise: 'NEVER_SHARED',
    legalBasis: IN_PROGRAM_BASIS + inferred,
    description: `${role} reads ${category} only while working in the program that treats the youth`,
  };
  switch (cell.kind) {
    case 'A':
      return [allowServes];
    case 'P':
      return [inProgram];
    case 'P|C':
      return [consent(), { ...inProgram, otherwise: undefined }].map(stripUndefined);
    case 'M':
      return [team];
    case 'C':
      return [consent()];
    case 'O':
      return [order];
    case 'N':
      return [
        {
          ...base,
          id: id('never'),
          effect: 'deny',
          conditions: { category },
          reason: 'NEVER_SHARED',
          legalBasis: neverBasis + inferred,
          description: `${role} never reads ${category}`,
        },
      ];
    case 'A|C':
      return [consent(), { ...allowServes, conditions: { category, serves: true } }];
    case 'M+C':
      return [consent({ onTeam: true })];
    case 'C|O':
      return [consent(), { ...order, otherwise: undefined }].map(stripUndefined);
    case 'T':
      return [
        {
          ...base,
          id: id('treating'),
          effect: 'allow',
          conditions: { category, treating: true },
          otherwise: 'NEVER_SHARED',
          legalBasis: sharingBasis + inferred,
          description: `${role} reads ${category} only as the treating clinician (own agency serves the youth)`,
        },
      ];
  }
}

function stripUndefined(rule: PolicyRule): PolicyRule {
  return Object.fromEntries(Object.entries(rule).filter(([, v]) => v !== undefined)) as PolicyRule;
}

// Health is one agency here, but the table gives its roles different needs (a public-health nurse
// is not the treating clinician): for these categories the table decides even for own staff.
const TABLE_DECIDES_FOR_OWN_STAFF: DataCategory[] = [
  'MENTAL_HEALTH',
  'PSYCHOTHERAPY_NOTES',
  'SUBSTANCE_USE',
  'SUD_COUNSELING_NOTES',
  'SEXUAL_HEALTH',
  'PHYSICAL_HEALTH',
  'ATTORNEY_CLIENT',
];
const REGISTRY_CATEGORIES: DataCategory[] = ['IDENTITY', 'SAFETY_PLAN', 'MDT_NOTES'];
const RECORD_ROLES = ROLES.filter((r) => r !== 'PRIVACY_OFFICER' && r !== 'MDT_COORDINATOR');

/** The default rule set, lowest precedence first. */
export function buildDefaultRules(): PolicyRule[] {
  const rules: PolicyRule[] = [
    {
      id: 'default.deny',
      effect: 'deny',
      roles: '*',
      conditions: {},
      reason: 'NOT_ON_TEAM',
      legalBasis: SCOPE_BASIS,
      description: 'Deny by default: nothing is shared that no rule allows',
    },
  ];
  for (const role of TABLE_ROLES) {
    for (const category of DATA_CATEGORIES) rules.push(...cellRules(category, role, tableCell(category, role)));
  }
  rules.push(
    {
      id: 'own-agency.read',
      effect: 'allow',
      roles: RECORD_ROLES,
      conditions: { ownAgency: true, serves: true, category: { $nin: TABLE_DECIDES_FOR_OWN_STAFF } },
      legalBasis: '45 CFR 164.506; WIC 827(a)(1)',
      description: "An agency's own staff read their own agency's records of youths it serves",
    },
    {
      id: 'coordinator.registry',
      effect: 'allow',
      roles: ['MDT_COORDINATOR'],
      conditions: { owner: 'HUB', onTeam: true, category: { $in: REGISTRY_CATEGORIES } },
      legalBasis: 'WIC 830; WIC 18961.7',
      description: 'The MDT coordinator reads the registry records of the teams they convene',
    },
    {
      id: 'coordinator.no-agency-records',
      effect: 'deny',
      roles: ['MDT_COORDINATOR'],
      conditions: { owner: { $ne: 'HUB' } },
      reason: 'NEVER_SHARED',
      legalBasis: 'WIC 830; 45 CFR 164.502(b) (minimum necessary)',
      description: "The MDT coordinator does not read agencies' records",
    },
    {
      id: 'privacy-officer.metadata-only',
      effect: 'deny',
      roles: ['PRIVACY_OFFICER'],
      conditions: {},
      reason: 'NEVER_SHARED',
      legalBasis: '45 CFR 164.528; 45 CFR 164.312(b)',
      description: 'Privacy officers see access metadata, never the records themselves',
    },
    // Above the table and the coordinator's limit, below the invariants: a grant opens its
    // categories whatever the cell says, and never what an invariant keeps.
    emergencyRule(),
    {
      id: 'referrals.registry-indicators',
      effect: 'deny',
      roles: '*',
      conditions: { owner: 'HUB', category: 'CSEC_INDICATORS' },
      reason: 'NEVER_SHARED',
      legalBasis: 'WIC 16524.7-16524.8; WIC 830; WIC 18961.7',
      description:
        "The registry's CSEC indicators are the MDT referrals: read only through a referral, by the coordinator " +
        'who triages it and its referrer (rules referrals.*), never as a category of the youth record, not even in an emergency',
    },
    {
      id: 'invariant.psychotherapy-notes',
      effect: 'deny',
      roles: '*',
      conditions: { category: 'PSYCHOTHERAPY_NOTES', treating: false },
      reason: 'NEVER_SHARED',
      legalBasis: NEVER_BASIS.PSYCHOTHERAPY_NOTES!,
      description: 'Psychotherapy notes never leave the treating clinician',
    },
    {
      id: 'invariant.sud-counseling-notes',
      effect: 'deny',
      roles: '*',
      conditions: { category: 'SUD_COUNSELING_NOTES', inProgram: false },
      reason: 'NEVER_SHARED',
      legalBasis: NEVER_BASIS.SUD_COUNSELING_NOTES!,
      description: 'Substance-use counseling notes never leave the treating program (42 CFR 2.31(b), 2024)',
    },
    {
      id: 'invariant.attorney-client',
      effect: 'deny',
      roles: '*',
      conditions: { category: 'ATTORNEY_CLIENT', treating: false },
      reason: 'NEVER_SHARED',
      legalBasis: NEVER_BASIS.ATTORNEY_CLIENT!,
      description: "Attorney-client communications never leave the youth's own defender",
    },
    {
      id: 'invariant.no-health-for-prosecution',
      effect: 'deny',
      roles: '*',
      conditions: {
        purpose: 'PROSECUTION',
        category: {
          $in: ['MENTAL_HEALTH', 'PSYCHOTHERAPY_NOTES', 'SUBSTANCE_USE', 'SEXUAL_HEALTH', 'SUD_COUNSELING_NOTES'],
        },
      },
      reason: 'NEVER_SHARED',
      legalBasis: '42 CFR 2.12(d); WIC 5328; Civil Code 56.10',
      description: 'Health records are never released for a prosecution purpose',
    },
    {
      id: 'invariant.no-exploitation-for-prosecution',
      effect: 'deny',
      roles: '*',
      conditions: {
        purpose: 'PROSECUTION',
        category: { $in: ['CSEC_INDICATORS', 'RUNAWAY', 'VICTIM_WITNESS', 'LAW_ENFORCEMENT_RECORDS'] },
      },
      reason: 'NEVER_SHARED',
      legalBasis: 'WIC 300(b)(2); Penal Code 647(b)(5) (SB 1322); WIC 827; WIC 830 (inferred)',
      description:
        "Nothing that concerns the youth's own exploitation (CSEC indicators, runaway episodes, " +
        "victim/witness status, law enforcement's reports of the youth as a victim) is released for a " +
        'prosecution purpose: a commercially sexually exploited ' +
        'child is a victim, never an offender, and the prosecution purpose serves the case against exploiters',
    },
    {
      id: 'scope.not-on-team',
      effect: 'deny',
      roles: '*',
      conditions: { inScope: false },
      reason: 'NOT_ON_TEAM',
      legalBasis: SCOPE_BASIS,
      description: "Nothing of a youth whose team the viewer is not on and whom the viewer's agency does not serve",
    },
  );
  for (const role of ROLES) {
    rules.push({
      id: `purpose.${role.toLowerCase().replace(/_/g, '-')}`,
      effect: 'deny',
      roles: [role],
      conditions: { purpose: { $nin: PERMITTED_PURPOSES[role] } },
      reason: 'PURPOSE_NOT_PERMITTED',
      legalBasis: '45 CFR 164.502(b); 42 CFR 2.13',
      description: `${role} may act only for ${PERMITTED_PURPOSES[role].join(', ')}`,
    });
  }
  // Every other access decision (linked, consents, emergency requests, oversight, row filters).
  rules.push(...actionRules());
  return rules;
}
