import { check, notApplicable, type CheckResult, type RegistryScenario, type RunContext } from '../context.ts';
import { againstPolicy } from './access.ts';

const ASKED = "asks the registry for access facts, authenticated with the hub's service token";

/** A subgraph that learns facts from the registry: it asked, with a valid service token. */
export function askedChecks(ctx: RunContext, factsBefore: number): CheckResult[] {
  const calls = ctx.harness.factsCalls.slice(factsBefore);
  return [
    check('registry.asked', ASKED, [
      ...(calls.length ? [] : ['never asked the registry for access facts: its decisions cannot be fresh']),
      ...calls
        .filter((c) => c.service !== ctx.target.name)
        .map((c) => `an /access-facts call for ${c.viewerSub} without a valid service token`)
        .slice(0, 3),
    ]),
  ];
}

/**
 * The registry decides from its own tables, so it asks nobody; what `registry.asked` stands for
 * (decisions from facts read fresh on every request) is checked directly: a viewer taken off the
 * team is denied on the very next request.
 */
export async function registryChecks(ctx: RunContext, registry: RegistryScenario): Promise<CheckResult[]> {
  const results: CheckResult[] = [
    notApplicable(
      'registry.asked',
      ASKED,
      'it is the registry: its facts come from its own tables, not from /access-facts (registry.fresh checks that they are read on every request)',
    ),
  ];
  const title = 'decides from its own tables on every request: a viewer taken off the team is denied at once';
  const youthId = ctx.heldYouth;
  if (!youthId) return [...results, check('registry.fresh', title, ['no youth with data was found'], true)];
  const { owner } = ctx.viewers;
  const problems: string[] = [];
  const before = await ctx.read(owner, youthId);
  if (!ctx.shape.fields.some((f) => ctx.decision(owner, youthId, f.category).allowed)) {
    problems.push(`the policy releases nothing to ${owner.role} on the team: nothing to see withdrawn`);
  }
  problems.push(...againstPolicy(ctx, owner, youthId, before).map((p) => `on the team: ${p}`));
  await ctx.leaveTeam(registry, owner, youthId);
  const after = await ctx.read(owner, youthId);
  problems.push(...againstPolicy(ctx, owner, youthId, after).map((p) => `taken off the team: ${p}`));
  results.push(check('registry.fresh', title, problems));
  return results;
}
