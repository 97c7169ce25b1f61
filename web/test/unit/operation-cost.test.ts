import { buildSchema, getOperationAST, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, weighOperation } from '@hub/gateway';
import { committedSupergraph } from '@hub/schema';
import * as documents from '../../src/generated/graphql.ts';

// The web app's own operations go through the gateway's cost limit like anyone's, weighed with the
// variables the app sends. Each must fit the limit with room to spare, and the caseload's weight
// must follow its page size (graphql-armor alone weighed `first: $first` as 1).
const schema = buildSchema(committedSupergraph());
const limits = { maxCost: DEFAULT_LIMITS.maxCost, listSize: DEFAULT_LIMITS.listSize };
const weigh = (document: unknown, variables: Record<string, unknown>) => {
  const parsed = parse(String(document));
  return weighOperation(schema, parsed, getOperationAST(parsed)!, variables, limits).cost;
};

// The page sizes the pages ask for (Caseload.tsx and its news batch of twelve youths, Accounting.tsx and
// Viewer.tsx eight rows of each of eight logs, Statement.tsx, ReviewQueue.tsx).
const VARIABLES: Record<string, Record<string, unknown>> = {
  CaseloadDocument: { first: 20, after: null, search: null },
  CaseloadNewsDocument: {
    newsSince: '2025-12-02',
    ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`y${i}`, `y-${i}`])),
  },
  AccountingDocument: { youthId: 'y-1', first: 8 },
  AccessByViewerDocument: { viewerSub: 'sw-garcia', first: 8 },
  StatementDocument: { youthId: 'y-1', first: 20 },
  ReviewQueueDocument: { status: 'OPEN', first: 20, after: null },
};

describe('the web app under the cost limit', () => {
  const operations = Object.entries(documents).filter(
    ([name, doc]) => name.endsWith('Document') && /^\s*(query|mutation)/.test(String(doc)),
  );

  it('finds every operation of the app', () => {
    expect(operations.map(([name]) => name)).toEqual(
      expect.arrayContaining(['CaseloadDocument', 'YouthSummaryDocument', 'AccountingDocument']),
    );
  });

  it.each(operations)('%s fits the limit with a third to spare, as the app sends it', (name, doc) => {
    const cost = weigh(doc, VARIABLES[name] ?? { id: 'y-1', youthId: 'y-1' });
    expect(cost).toBeGreaterThan(0);
    expect(cost).toBeLessThan((DEFAULT_LIMITS.maxCost * 2) / 3);
  });

  it('weighs the caseload by its page size, and a page past the limit is refused', () => {
    const one = weigh(documents.CaseloadDocument, { first: 1 });
    expect(weigh(documents.CaseloadDocument, { first: 20 })).toBeCloseTo(20 * one, 0);
    const parsed = parse(String(documents.CaseloadDocument));
    const big = weighOperation(schema, parsed, getOperationAST(parsed)!, { first: 100_000 }, limits);
    expect(big.ok).toBe(false);
  });

  it('weighs the youth summary by the lists in it (placements, diagnoses, timeline events)', () => {
    const withLists = weighOperation(
      schema,
      parse(String(documents.YouthSummaryDocument)),
      getOperationAST(parse(String(documents.YouthSummaryDocument)))!,
      { id: 'y-1' },
      { ...limits, listSize: 1 },
    ).cost;
    expect(weigh(documents.YouthSummaryDocument, { id: 'y-1' })).toBeGreaterThan(withLists);
  });
});
