// The accounting's filters, shared by its pages (accounting, statement, who did what, alerts) and
// the statement file's address.

/** The logs the console reads: the registry's and each agency's, as the accounting's fields name them. */
export const PARTS = [
  ['registry', 'MDT hub registry'],
  ['childWelfare', 'Child Welfare'],
  ['probation', 'Probation'],
  ['health', 'Health'],
  ['education', 'Education'],
  ['districtAttorney', 'District Attorney'],
  ['publicDefender', 'Public Defender'],
  ['lawEnforcement', 'Law enforcement'],
] as const;
export type Part = (typeof PARTS)[number][0];

export interface Filters {
  youthId: string;
  from: string;
  to: string;
  viewerSub: string;
  category: string;
  outcome: '' | 'RELEASED' | 'DENIED';
  access: string;
  parts: Part[];
}

/** The filters as the query's variables (an empty field filters nothing). */
export function filterVariables(f: Filters) {
  return {
    youthId: f.youthId,
    from: f.from || null,
    to: f.to || null,
    viewerSub: f.viewerSub || null,
    categories: f.category ? [f.category as never] : null,
    outcome: (f.outcome || null) as never,
    access: f.access ? [f.access as never] : null,
  };
}
