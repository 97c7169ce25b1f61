import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSchema, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { committedClientSchema } from '@hub/schema';
import { weighOperation } from '../src/cost.ts';
import type { GraphQLEngine, HubRequestContext } from '../src/engine.ts';
import { DEFAULT_LIMITS } from '../src/limits.ts';
import {
  exportStatement,
  FIRST_PAGE,
  STATEMENT_MAX_COST,
  STATEMENT_PAGE,
  statementPageQuery,
} from '../src/statement-export.ts';

// The statement export's paging and its stop (issue 18): an engine that stands in for the
// subgraphs and serves as many rows as asked, so the test sees every page the export asks for,
// with what limits, in what order, and that it asks no more once the client is gone.
const YOUTH = '7b0e3c1a-1d2e-4f5a-8b6c-9d0e1f2a3b4c';

interface Asked {
  part: string;
  outcome: string;
  first: number;
  after: string | null;
  maxCost: number | undefined;
}

/** Rows of `part`, `per` of them in all (Infinity: an endless history), newest first, one a minute. */
function fakeEngine(rowsPerPart: Record<string, number>) {
  const asked: Asked[] = [];
  const engine: GraphQLEngine = {
    async execute(body, context: HubRequestContext) {
      const query = String(body.query);
      const variables = body.variables as Record<string, any>;
      if (query.includes('accountingSubjects')) {
        return json({ data: { accountingSubjects: [{ youthId: YOUTH, initials: 'A. B.', dateOfBirth: null }] } });
      }
      const part = /(\w+)\(first: \$first/.exec(query)![1]!;
      asked.push({
        part,
        outcome: variables.outcome,
        first: variables.first,
        after: variables.after,
        maxCost: context.maxCost,
      });
      const total = variables.outcome === 'RELEASED' ? (rowsPerPart[part] ?? 0) : 0;
      const offset = variables.after ? Number(variables.after) : 0;
      const count = Math.max(0, Math.min(variables.first, total - offset));
      const entries = Array.from({ length: count }, (_, i) => {
        const n = offset + i;
        // Parts interleave in time: health's rows are on odd minutes, probation's on even ones.
        const minute = 2 * n + (part === 'health' ? 0 : 1);
        return {
          id: `${part}:${1_000_000 - n}`,
          seq: 1_000_000 - n,
          agency: part === 'health' ? 'HEALTH' : 'PROBATION',
          at: new Date(Date.UTC(2026, 10, 30) - minute * 60_000).toISOString(),
          requestId: `r-${part}-${n}`,
          viewerSub: 'clin-okafor',
          viewerName: 'Ada Okafor',
          viewerAgency: 'HEALTH',
          viewerRole: 'CLINICIAN',
          purpose: 'CARE_COORDINATION',
          access: 'RECORD',
          released: ['MENTAL_HEALTH'],
          denied: [],
          basis: [],
        };
      });
      const page = {
        hasNextPage: offset + count < total,
        endCursor: count ? String(offset + count) : null,
        entries,
      };
      return json({ data: { accountingOfDisclosures: { [part]: page } } });
    },
    stop: async () => {},
  };
  return { engine, asked };
}
const json = (value: unknown) => ({ status: 200, contentType: 'application/json', text: JSON.stringify(value) });

const context = {
  viewer: { sub: 'privacy-shah', name: 'P. Shah', agency: 'HUB', role: 'PRIVACY_OFFICER' },
  userToken: 't',
  purpose: 'AUDIT',
} as unknown as Omit<HubRequestContext, 'requestId'>;

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
});

/** Serves one export per request; `done` settles when the export ends (or fails: the client left). */
async function serve(engine: GraphQLEngine, parts: ('health' | 'probation')[]) {
  let done!: Promise<unknown>;
  server = createServer((_req, res) => {
    done = exportStatement(engine, context, { youthId: YOUTH, parts, denials: 'APART' }, 'csv', res, 'rid').then(
      () => 'finished',
      (error: Error) => error.message,
    );
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, done: () => done };
}

describe('the statement export, paged', () => {
  it('reads a small first page of each agency, then pages of 1,000, merged newest first, under its own cost limit', async () => {
    const { engine, asked } = fakeEngine({ health: 2_300, probation: 120 });
    const { url, done } = await serve(engine, ['health', 'probation']);
    const text = await (await fetch(url)).text();
    expect(await done()).toBe('finished');
    const lines = text.trim().split('\n').slice(1);
    expect(lines).toHaveLength(2_420);
    const dates = lines.map((l) => l.split(',')[1]!);
    expect(dates).toEqual([...dates].sort().reverse());
    const health = asked.filter((a) => a.part === 'health' && a.outcome === 'RELEASED');
    expect(health.map((a) => a.first)).toEqual([FIRST_PAGE, STATEMENT_PAGE, STATEMENT_PAGE, STATEMENT_PAGE]);
    expect(health.map((a) => a.after)).toEqual([null, '50', '1050', '2050']);
    expect(asked.every((a) => a.maxCost === STATEMENT_MAX_COST)).toBe(true);
    // The withheld section is read after the disclosures, one first page per agency here.
    const firstWithheld = asked.findIndex((a) => a.outcome === 'WITHHELD');
    expect(asked.slice(firstWithheld).every((a) => a.outcome === 'WITHHELD')).toBe(true);
    expect(asked.filter((a) => a.outcome === 'WITHHELD').map((a) => a.part)).toEqual(['health', 'probation']);
  });

  it('stops asking the agencies once the client has gone', async () => {
    const { engine, asked } = fakeEngine({ health: Number.POSITIVE_INFINITY });
    const { url, done } = await serve(engine, ['health']);
    await new Promise<void>((resolve, reject) => {
      const req = request(url, (res: IncomingMessage) => {
        // Read a little, then stop reading (the buffers fill, the export waits) and hang up.
        res.once('data', () => {
          res.pause();
          setTimeout(() => {
            req.destroy();
            resolve();
          }, 300);
        });
      });
      req.on('error', () => {});
      req.on('close', resolve);
      req.once('error', reject);
      req.end();
    });
    expect(await done()).toBe('the client went away');
    const pages = asked.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(asked.length).toBe(pages);
    expect(pages).toBeLessThan(100);
  });
});

describe("the export's page cost", () => {
  it("weighs one part of 1,000 rows over what a client may ask and under the export's own limit", () => {
    const schema = buildSchema(committedClientSchema());
    const document = parse(statementPageQuery('health'));
    const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
    const weigh = (first: number, maxCost: number) =>
      weighOperation(schema, document, operation, { youthId: YOUTH, first }, { ...DEFAULT_LIMITS, maxCost });
    expect(weigh(STATEMENT_PAGE, STATEMENT_MAX_COST).ok).toBe(true);
    expect(weigh(STATEMENT_PAGE, DEFAULT_LIMITS.maxCost).ok).toBe(false);
    expect(weigh(FIRST_PAGE, DEFAULT_LIMITS.maxCost).ok).toBe(true);
  });
});
