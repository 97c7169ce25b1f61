import { AGENCY_CATEGORIES, type Agency, type DataCategory, type PurposeOfUse, type Role } from '@hub/policies';
import { expectedDecision } from '@hub/policies/oracle';
import { consentStateFor, orderStateFor, type YouthState } from './registry-state.ts';
import { responseKey, type Selection } from './query.ts';

export interface CaseViewer {
  sub: string;
  role: Role;
  agency: Agency;
}

type Expected = ReturnType<typeof expectedDecision>;

export interface GraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

/** What the oracle expects one subgraph to log for one youth: the categories decided, split. */
export interface ExpectedRow {
  owner: Agency;
  youthId: string;
  released: Set<DataCategory>;
  denied: Set<DataCategory>;
  grantId: string | null;
}

/** The oracle (policies/src/oracle.ts, docs/domain.md's need-to-know table as plain code) for one youth's facts. */
export function oracleFor(viewer: CaseViewer, purpose: PurposeOfUse, state: YouthState) {
  const onTeam = state.team === 'member';
  return (owner: Agency, category: DataCategory): Expected =>
    expectedDecision({
      role: viewer.role,
      agency: viewer.agency,
      category,
      owner,
      purpose,
      onTeam,
      serves: state.serves,
      // The fuzz writes no treating programs: its viewers work in none.
      inProgram: false,
      consent: consentStateFor(state, viewer.agency, category, purpose),
      order: orderStateFor(state, viewer.agency, category),
      grant: state.grant === 'active' ? 'active' : 'none',
    });
}

/**
 * Checks one youth's part of a response against the oracle: every classified field the oracle
 * withholds is null with a FORBIDDEN error at its path giving the oracle's reason, category and
 * agency; every field it allows carries no error. Returns what went wrong (empty: nothing) and
 * marks each error it accounts for.
 */
export function checkYouth(opts: {
  alias: string;
  youthId: string;
  selections: Selection[];
  value: unknown;
  errors: GraphQLError[];
  matched: Set<GraphQLError>;
  expect: (owner: Agency, category: DataCategory) => Expected;
  linked: boolean;
  grantId: string | null;
}): { problems: string[]; rows: Map<Agency, ExpectedRow> } {
  const { alias, value, errors, matched } = opts;
  const problems: string[] = [];
  const rows = new Map<Agency, ExpectedRow>();
  const decided = (owner: Agency, category: DataCategory, allowed: boolean) => {
    let row = rows.get(owner);
    if (!row) {
      rows.set(
        owner,
        (row = { owner, youthId: opts.youthId, released: new Set(), denied: new Set(), grantId: opts.grantId }),
      );
    }
    (allowed ? row.released : row.denied).add(category);
  };
  const errorsAt = (path: (string | number)[]) => {
    const key = path.join('.');
    return errors.filter((e) => e.path?.join('.') === key);
  };
  // The registry decides IDENTITY for the look-up itself, linked or not (a refused look-up is logged).
  const identity = opts.expect('HUB', 'IDENTITY');
  decided('HUB', 'IDENTITY', identity.allowed);
  if (!opts.linked) {
    if (value !== null)
      problems.push(`${alias}: a youth the viewer has no link to was answered: ${JSON.stringify(value)}`);
    return { problems, rows };
  }
  if (value === null || typeof value !== 'object') {
    problems.push(`${alias}: a linked youth answered ${JSON.stringify(value)}`);
    return { problems, rows };
  }

  // A "(limited)" cell releases only its named coordinates (docs/domain.md, Limited cells): a
  // classified field it does not name is withheld, and so is a field it leaves out of a type it
  // names some fields of. Anything withheld is null with one FORBIDDEN NEVER_SHARED at its path.
  const withheld = (coordinate: string, point: boolean, limit: readonly string[] | undefined) => {
    if (!limit || limit.includes(coordinate)) return false;
    const type = coordinate.slice(0, coordinate.indexOf('.'));
    return point || limit.some((c) => c.startsWith(`${type}.`));
  };
  const expectWithheld = (where: string, here: (string | number)[], v: unknown, owner: Agency, category: string) => {
    const found = errorsAt(here);
    found.forEach((f) => matched.add(f));
    if (v !== null) problems.push(`LEAK ${where}: ${owner} ${category} field outside its limited cell released`);
    const right = found.filter((f) => f.extensions?.code === 'FORBIDDEN' && f.extensions.reason === 'NEVER_SHARED');
    if (right.length !== 1 || found.length !== 1) {
      problems.push(`${where}: expected one FORBIDDEN NEVER_SHARED (limited cell), got ${JSON.stringify(found)}`);
    }
  };
  const walk = (
    selections: Selection[],
    object: Record<string, unknown>,
    path: (string | number)[],
    depth: number,
    within?: { owner: Agency; category: string; limit: readonly string[] | undefined },
  ) => {
    for (const s of selections) {
      const key = responseKey(s);
      const here = [...path, key];
      const where = here.join('.');
      const v = object[key];
      if (!(key in object)) {
        problems.push(`${where}: missing from the response`);
        continue;
      }
      const { category, owner } = s.field;
      let inside = within;
      if (!category && within && withheld(s.field.coordinate, false, within.limit)) {
        expectWithheld(where, here, v, within.owner, within.category);
        continue;
      }
      if (category) {
        const e = opts.expect(owner, category);
        decided(owner, category, e.allowed);
        const found = errorsAt(here);
        found.forEach((f) => matched.add(f));
        if (!e.allowed) {
          if (v !== null) problems.push(`LEAK ${where}: ${owner} ${category} released (${e.reason} expected)`);
          const right = found.filter(
            (f) =>
              f.extensions?.code === 'FORBIDDEN' &&
              f.extensions.reason === e.reason &&
              f.extensions.category === category &&
              f.extensions.agency === owner,
          );
          if (right.length !== 1 || found.length !== 1) {
            problems.push(
              `${where}: expected one FORBIDDEN ${e.reason} for ${owner} ${category}, got ${JSON.stringify(found)}`,
            );
          }
          continue;
        }
        if (withheld(s.field.coordinate, true, e.limitedTo)) {
          expectWithheld(where, here, v, owner, category);
          continue;
        }
        if (found.length) problems.push(`${where}: ${owner} ${category} is allowed but got ${JSON.stringify(found)}`);
        inside = { owner, category, limit: e.limitedTo };
      }
      if (!s.children.length || v === null) {
        // An agency's part of the record (a container, classified field by field) is always there for
        // a linked youth, even with no data; a classified object (the team's end) may well be none.
        if (v === null && depth === 0 && s.children.length && !s.field.category) {
          problems.push(`${where}: the record part is null`);
        }
        continue;
      }
      if (Array.isArray(v)) {
        v.forEach((item, i) => {
          if (item !== null && typeof item === 'object')
            walk(s.children, item as Record<string, unknown>, [...here, i], depth + 1, inside);
        });
      } else if (typeof v === 'object') {
        walk(s.children, v as Record<string, unknown>, here, depth + 1, inside);
      } else {
        problems.push(`${where}: an object field answered ${JSON.stringify(v)}`);
      }
    }
  };
  walk(opts.selections, value as Record<string, unknown>, [alias], 0);
  return { problems, rows };
}

/** The registry's accessExplanation for a youth: every agency and category, as the oracle decides it. */
export function checkExplanation(
  value: unknown,
  expect: (owner: Agency, category: DataCategory) => Expected,
): { problems: string[]; checked: number } {
  const problems: string[] = [];
  const entries = value as { agency: Agency; category: DataCategory; allowed: boolean; reason: string | null }[] | null;
  const want = Object.entries(AGENCY_CATEGORIES).flatMap(([owner, categories]) =>
    categories.map((category) => `${owner}:${category}`),
  );
  if (!Array.isArray(entries)) return { problems: [`no explanation: ${JSON.stringify(value)}`], checked: 0 };
  const got = entries.map((e) => `${e.agency}:${e.category}`);
  if (JSON.stringify([...got].sort()) !== JSON.stringify([...want].sort())) {
    problems.push(`explains ${got.length} agency-category pairs, not the ${want.length} the contract holds`);
  }
  for (const e of entries) {
    const o = expect(e.agency, e.category);
    if (e.allowed !== o.allowed || e.reason !== o.reason) {
      problems.push(`${e.agency} ${e.category}: explained ${e.allowed}/${e.reason}, oracle ${o.allowed}/${o.reason}`);
    }
  }
  return { problems, checked: entries.length };
}
