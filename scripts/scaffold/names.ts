import { AGENCY_CATEGORIES, type Agency } from '@hub/policies';
import { contractSdl } from '@hub/schema';
import { PERSONAS } from '@hub/synthetic';

/** Every spelling of a new subgraph's name the templates need, and the choices made for it. */
export interface Scaffold {
  /** kebab-case: the subgraph's name in the supergraph, its folder, its package. */
  name: string;
  /** camelCase: its field on Youth and on Accounting. */
  camel: string;
  /** PascalCase: the prefix of its types. */
  pascal: string;
  /** snake_case: its tables and its database. */
  snake: string;
  /** CONSTANT_CASE: its environment variables and local ids. */
  constant: string;
  /** Words, for people: "Juvenile court". */
  label: string;
  agency: string;
  category: string;
  /** A role of the agency: its staff in the generated tests. */
  role: string;
  /** A viewer from another agency, with no link to any youth. */
  outsider: { agency: string; role: string };
  port: number;
}

/** The contract's enum values (schema/contract.graphql is the source of truth). */
export function contractEnum(name: string): string[] {
  const body = new RegExp(`enum ${name} \\{([^}]*)\\}`).exec(contractSdl())?.[1] ?? '';
  return body
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^[A-Z][A-Z0-9_]*$/.test(line));
}

/** A sensible first category for an agency's example fields; the agency changes it as it models its data. */
const DEFAULT_CATEGORY: Record<string, string> = {
  CHILD_WELFARE: 'CHILD_WELFARE_CASE',
  PROBATION: 'PROBATION',
  HEALTH: 'PHYSICAL_HEALTH',
  EDUCATION: 'EDUCATION',
  DISTRICT_ATTORNEY: 'VICTIM_WITNESS',
  PUBLIC_DEFENDER: 'DELINQUENCY',
  // A community provider's contacts with a youth reveal that the youth is being served as CSEC.
  COMMUNITY: 'CSEC_INDICATORS',
};

/**
 * Why a category the agency does not hold in the policy set is refused, and the way to change
 * that: `AGENCY_CATEGORIES` decides which of an agency's categories `accessExplanation` lists and
 * `npm run policy:verify` walks, so a subgraph classifying outside it would serve records no
 * explanation mentions and no check covers. Adding a holding is a privacy officer's decision.
 */
export function notHeldMessage(agency: string, category: string, held: readonly string[]): string {
  const holds = held.length
    ? `${agency} holds ${held.join(', ')} in the hub's policy set, not ${category}`
    : `${agency} holds no data category in the hub's policy set yet`;
  return `${holds} (AGENCY_CATEGORIES in policies/src/vocabulary.ts).
A subgraph of ${agency} classifying fields ${category} would serve records that no accessExplanation lists and that
npm run policy:verify does not cover. Adding ${category} to ${agency}'s categories is a policy change for a privacy officer,
not a scaffold option (docs/publishing-a-subgraph.md, "Asking a privacy officer for a policy change"): bring the statute
that governs the data and who may read it; they review npm run policy:matrix (who reads ${category} today), and, if a cell
must change, npm run policy:diff -- default rules.json; the change lands in policies/ with npm run policy:verify passing
and the explanations it changes updated in the tests. Then scaffold again${held.length ? `, or now choose --category ${held.join(' | ')}` : ''}.`;
}

export const NAME_PATTERN = /^[a-z][a-z0-9]*(-[a-z][a-z0-9]*)*$/;

export class ScaffoldError extends Error {}

export function scaffoldNames(input: {
  name: string;
  agency: string;
  category?: string | undefined;
  port: number;
}): Scaffold {
  const { name, agency } = input;
  if (!NAME_PATTERN.test(name) || name.length > 40) {
    throw new ScaffoldError(`"${name}" is not a kebab-case name (lower-case words joined by -, at most 40 characters)`);
  }
  const agencies = contractEnum('Agency').filter((a) => a !== 'HUB');
  if (!agencies.includes(agency)) {
    throw new ScaffoldError(
      `--agency must be one of ${agencies.join(', ')} (a new agency is a contract change: see docs/publishing-a-subgraph.md)`,
    );
  }
  const held = AGENCY_CATEGORIES[agency as Agency] ?? [];
  const category = input.category ?? DEFAULT_CATEGORY[agency]!;
  if (!contractEnum('DataCategory').includes(category)) {
    throw new ScaffoldError(`--category must be one of ${contractEnum('DataCategory').join(', ')}`);
  }
  if (!held.includes(category as never)) {
    throw new ScaffoldError(notHeldMessage(agency, category, held));
  }
  const words = name.split('-');
  const pascal = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
  const staff = PERSONAS.find((p) => p.agency === agency && p.role !== 'PRIVACY_OFFICER');
  const outsider = PERSONAS.find((p) => p.agency === (agency === 'PROBATION' ? 'CHILD_WELFARE' : 'PROBATION'))!;
  if (!staff) {
    throw new ScaffoldError(
      `no role of ${agency} among the synthetic personas (synthetic/src/personas.ts): the generated tests sign in as ` +
        `one of its staff. Add a persona of ${agency}, kept out of the world's existing draws ` +
        `(docs/publishing-a-subgraph.md, section 5), then scaffold again.`,
    );
  }
  return {
    name,
    camel: pascal[0]!.toLowerCase() + pascal.slice(1),
    pascal,
    snake: words.join('_'),
    constant: words.join('_').toUpperCase(),
    label: [words[0]![0]!.toUpperCase() + words[0]!.slice(1), ...words.slice(1)].join(' '),
    agency,
    category,
    role: staff.role,
    outsider: { agency: outsider.agency, role: outsider.role },
    port: input.port,
  };
}

/** The templates' placeholders and what each becomes. */
export function placeholders(s: Scaffold): Record<string, string> {
  return {
    '{{name}}': s.name,
    '{{nameCamel}}': s.camel,
    '{{Name}}': s.pascal,
    '{{name_snake}}': s.snake,
    '{{NAME_CONST}}': s.constant,
    '{{AGENCY_LABEL}}': s.label,
    '{{AGENCY}}': s.agency,
    '{{CATEGORY}}': s.category,
    '{{ROLE}}': s.role,
    '{{OUTSIDER_AGENCY}}': s.outsider.agency,
    '{{OUTSIDER_ROLE}}': s.outsider.role,
    '{{PORT}}': String(s.port),
  };
}
