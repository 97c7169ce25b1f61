import { defaultPolicySet, type PolicySet } from '@hub/policies';
import { subgraphSchema } from '@hub/schema';
import { accessChecks } from './checks/access.ts';
import { authChecks } from './checks/auth.ts';
import { databaseChecks } from './checks/database.ts';
import { disclosureChecks } from './checks/disclosure.ts';
import { askedChecks, registryChecks } from './checks/registry.ts';
import { check, RunContext, type CheckResult, type ConformanceTarget } from './context.ts';
import { Gateway } from './gateway.ts';
import { Harness } from './harness.ts';
import { generateSuiteKeys, subgraphEnv, type SuiteKeys } from './keys.ts';
import { readShape, type SubgraphShape } from './shape.ts';

/** The suite's side of a run: its keys and the registry stand-in the subgraph under test talks to. */
export interface Suite {
  keys: SuiteKeys;
  harness: Harness;
  /** The environment to start the subgraph under test with. */
  env: Record<string, string>;
  close(): Promise<void>;
}

export async function startSuite(opts: { service: string; keys?: SuiteKeys; port?: number }): Promise<Suite> {
  const keys = opts.keys ?? (await generateSuiteKeys());
  const harness = new Harness(keys, opts.service);
  const url = await harness.listen(opts.port ?? 0);
  return { keys, harness, env: subgraphEnv(keys, url), close: () => harness.close() };
}

export interface ConformanceReport {
  target: ConformanceTarget;
  runId: string;
  ok: boolean;
  results: CheckResult[];
  durationMs: number;
}

/** Fetches the SDL as the gateway does and reads the classified fields out of it. */
async function shapeOf(gateway: Gateway, target: ConformanceTarget, ctxViewer: RunContext['viewers']['auditor']) {
  const results: CheckResult[] = [];
  const sent = await gateway.send({ query: '{ _service { sdl } }' }, { viewer: ctxViewer });
  const sdl: unknown = sent.json?.data?._service?.sdl;
  if (sent.status !== 200 || typeof sdl !== 'string') {
    const why = `a signed { _service { sdl } } answered HTTP ${sent.status}: ${JSON.stringify(sent.json).slice(0, 200)}`;
    return { shape: null, results: [check('sdl.served', 'serves its SDL to the gateway', [why])] };
  }
  results.push(check('sdl.served', 'serves its SDL to the gateway', []));
  const built = subgraphSchema(target.name, sdl, target.unclassifiedTypes ?? []);
  if (!built.ok) {
    results.push(
      check('sdl.classified', 'its SDL builds as Federation 2 and every youth field is classified', [built.error]),
    );
    return { shape: null, results };
  }
  const shape = readShape(built.schema);
  results.push(
    check('sdl.classified', 'its SDL builds as Federation 2 and every youth field is classified', [
      ...built.problems,
      ...(shape.fields.length ? [] : ['no classified field under Youth']),
      ...(shape.accountingField ? [] : ['no `type Accounting @key(fields: "id")` field returning DisclosurePage']),
    ]),
  );
  return { shape, results };
}

/** Runs every check against one running subgraph, from outside, as the gateway and the registry. */
export async function runConformance(
  target: ConformanceTarget,
  suite: Suite,
  opts: { policy?: PolicySet } = {},
): Promise<ConformanceReport> {
  const started = Date.now();
  const gateway = await Gateway.create(target.url, target.name, suite.keys);
  const policy = opts.policy ?? defaultPolicySet();
  // The viewers exist before the shape does; a throwaway context gives the auditor for the SDL read.
  const probe = new RunContext(target, gateway, suite.harness, emptyShape, policy);
  const { shape, results } = await shapeOf(gateway, target, probe.viewers.auditor);
  if (!shape) return { target, runId: probe.runId, ok: false, results, durationMs: Date.now() - started };
  const ctx = new RunContext(target, gateway, suite.harness, shape, policy);
  // The registry learns the scenario through its own tables; any other subgraph asks the stand-in.
  if (target.registry) await ctx.enrol(target.registry);
  const factsBefore = suite.harness.factsCalls.length;
  results.push(...(await accessChecks(ctx)));
  results.push(...(await authChecks(ctx, ctx.heldYouth ?? ctx.candidates[0] ?? ctx.absentYouth)));
  results.push(...(await disclosureChecks(ctx)));
  results.push(...(await databaseChecks(ctx)));
  // Last: it takes the owner off the team.
  results.push(...(target.registry ? await registryChecks(ctx, target.registry) : askedChecks(ctx, factsBefore)));
  return {
    target,
    runId: ctx.runId,
    ok: !results.some((r) => r.status === 'fail'),
    results,
    durationMs: Date.now() - started,
  };
}

const emptyShape: SubgraphShape = { fields: [], entitiesQuery: '', accountingField: null, skipped: [] };
