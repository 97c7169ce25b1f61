import type { GraphQLErrorShape } from './graphql.ts';

/** A denied field, as the subgraph that holds it explained it (docs/architecture.md, the shape of a denial). */
export interface Denial {
  message: string;
  reason: string;
  category: string;
  agency: string;
  ruleId: string;
  legalBasis: string;
}

/** The subgraph behind each of the youth's agency fields (SUBGRAPH_UNAVAILABLE names the subgraph). */
export const SERVICE_FIELD: Record<string, string> = {
  'child-welfare': 'childWelfare',
  health: 'health',
  probation: 'probation',
  education: 'education',
  'district-attorney': 'districtAttorney',
  'public-defender': 'publicDefender',
  'law-enforcement': 'lawEnforcement',
  mdt: 'registry',
};

const samePath = (a: readonly (string | number)[] = [], b: readonly (string | number)[]) =>
  a.length === b.length && a.every((p, i) => p === b[i]);

function asDenial(error: GraphQLErrorShape): Denial {
  const x = error.extensions ?? {};
  const text = (k: string) => (typeof x[k] === 'string' ? (x[k] as string) : '');
  return {
    message: error.message,
    reason: text('reason'),
    category: text('category'),
    agency: text('agency'),
    ruleId: text('ruleId'),
    legalBasis: text('legalBasis'),
  };
}

/** The denial at exactly this path, if the field there was withheld. */
export function denialAt(errors: GraphQLErrorShape[], path: readonly (string | number)[]): Denial | undefined {
  const error = errors.find((e) => e.extensions?.code === 'FORBIDDEN' && samePath(e.path, path));
  return error && asDenial(error);
}

/** The youth's agency fields whose subgraph did not answer. */
export function unavailableFields(errors: GraphQLErrorShape[]): Set<string> {
  const fields = new Set<string>();
  for (const e of errors) {
    if (e.extensions?.code !== 'SUBGRAPH_UNAVAILABLE') continue;
    const service = typeof e.extensions.serviceName === 'string' ? e.extensions.serviceName : '';
    fields.add(SERVICE_FIELD[service] ?? service);
  }
  return fields;
}

/** Errors that are neither a denial nor an unavailable agency: shown as they are. */
export function otherErrors(errors: GraphQLErrorShape[]): GraphQLErrorShape[] {
  return errors.filter((e) => e.extensions?.code !== 'FORBIDDEN' && e.extensions?.code !== 'SUBGRAPH_UNAVAILABLE');
}
