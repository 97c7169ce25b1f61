import { DENIAL_REASONS, withheldField, type Decision, type Viewer } from '@hub/policies';
import { check, type CheckResult, type RunContext } from '../context.ts';
import type { Sent } from '../gateway.ts';
import { holdsData, valueAt } from '../shape.ts';

interface GraphQLErrorShape {
  message?: unknown;
  path?: unknown;
  extensions?: Record<string, unknown>;
}

const pathKey = (path: readonly unknown[]) => path.join('.');
const entityPath = (path: readonly string[]) => ['_entities', 0, ...path];

/**
 * Compares one answer with what the hub's policy decides for each classified field: an allowed
 * field has no error; a denied one is null with exactly docs/architecture.md's error at its path.
 */
export function againstPolicy(ctx: RunContext, viewer: Viewer, youthId: string, sent: Sent): string[] {
  if (sent.status !== 200) return [`answered HTTP ${sent.status}, not 200`];
  const problems: string[] = [];
  const entity = sent.json?.data?._entities?.[0];
  const errors: GraphQLErrorShape[] = Array.isArray(sent.json?.errors) ? sent.json.errors : [];
  const byPath = new Map<string, GraphQLErrorShape[]>();
  for (const error of errors) {
    const key = Array.isArray(error.path) ? pathKey(error.path) : '(no path)';
    byPath.set(key, [...(byPath.get(key) ?? []), error]);
  }
  const expectedPaths = new Set<string>();
  for (const field of ctx.shape.fields) {
    const decided: Decision = ctx.decision(viewer, youthId, field.category);
    // A limited cell releases only the fields it names (docs/domain.md, Limited cells).
    const [typeName, fieldName] = field.coordinate.split('.') as [string, string];
    const decision = withheldField(decided, typeName, fieldName, true) ?? decided;
    const at = pathKey(entityPath(field.path));
    const found = byPath.get(at) ?? [];
    const name = field.path.join('.');
    if (decision.allowed) {
      if (found.length) problems.push(`${name}: allowed by ${decision.ruleId}, but answered with an error`);
      continue;
    }
    expectedPaths.add(at);
    const value = valueAt(entity, field.path);
    if (value !== null && value !== undefined) {
      problems.push(`${name}: denied (${decision.ruleId}) but released a value: ${JSON.stringify(value).slice(0, 80)}`);
    }
    if (found.length !== 1) {
      problems.push(`${name}: denied, expected one FORBIDDEN error at its path, found ${found.length}`);
      continue;
    }
    const { message, extensions = {} } = found[0]!;
    const want = {
      code: 'FORBIDDEN',
      reason: decision.reason,
      category: field.category,
      agency: ctx.target.agency,
      ruleId: decision.ruleId,
      legalBasis: decision.legalBasis,
    };
    for (const [key, value] of Object.entries(want)) {
      if (extensions[key] !== value) {
        problems.push(
          `${name}: extensions.${key} is ${JSON.stringify(extensions[key])}, expected ${JSON.stringify(value)}`,
        );
      }
    }
    if (!DENIAL_REASONS.includes(extensions.reason as (typeof DENIAL_REASONS)[number])) {
      problems.push(`${name}: reason ${JSON.stringify(extensions.reason)} is not one of the contract's`);
    }
    if (typeof message !== 'string' || !message.trim()) problems.push(`${name}: the error has no message`);
  }
  for (const [at, list] of byPath) {
    if (!expectedPaths.has(at)) problems.push(`an unexpected error at ${at}: ${JSON.stringify(list[0]).slice(0, 160)}`);
  }
  return problems;
}

/** The first candidate youth the owning agency's own staff get data for. */
async function findHeldYouth(ctx: RunContext): Promise<{ youthId: string | null; tried: string[] }> {
  const tried: string[] = [];
  for (const youthId of ctx.candidates.slice(0, 10)) {
    tried.push(youthId);
    const sent = await ctx.read(ctx.viewers.owner, youthId);
    const entity = sent.json?.data?._entities?.[0];
    if (ctx.shape.fields.some((f) => holdsData(valueAt(entity, f.path)))) return { youthId, tried };
  }
  return { youthId: null, tried };
}

/** What a viewer without access sees; what the policy decides for everyone else; that data never shows. */
export async function accessChecks(ctx: RunContext): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  const { youthId, tried } = await findHeldYouth(ctx);
  results.push(
    check(
      'access.holds-data',
      "releases a youth's records to the owning agency's own staff when the policy allows",
      youthId
        ? []
        : [
            `none of ${tried.join(', ') || '(no youth ids given)'} returned any data to ${ctx.viewers.owner.role} of ${ctx.target.agency}, ` +
              'the youth served, on the team, with a consent and a court order: give --youth <id> of a youth the subgraph holds',
          ],
    ),
  );
  if (!youthId) return results;
  ctx.heldYouth = youthId;
  const { owner, stranger, members } = ctx.viewers;

  results.push(
    check(
      'access.owner-matches-policy',
      "answers the owning agency's staff field by field as the policy decides",
      againstPolicy(ctx, owner, youthId, await ctx.read(owner, youthId)),
    ),
  );

  const held = await ctx.read(stranger, youthId);
  const absent = await ctx.read(stranger, ctx.absentYouth);
  results.push(
    check(
      'access.denial-shape',
      "denies a viewer without access every field: null plus docs/architecture.md's FORBIDDEN error at its path",
      [
        ...againstPolicy(ctx, stranger, youthId, held),
        ...ctx.shape.fields
          .filter((f) => ctx.decision(stranger, youthId, f.category).allowed)
          .map((f) => `${f.path.join('.')}: the policy released it to a viewer with no link to the youth`),
      ],
    ),
  );
  results.push(
    check(
      'access.same-answer',
      "answers a viewer without access the same whether or not the subgraph holds the youth's data",
      JSON.stringify(held.json) === JSON.stringify(absent.json)
        ? []
        : [
            `held youth: ${JSON.stringify(held.json).slice(0, 300)}`,
            `absent youth: ${JSON.stringify(absent.json).slice(0, 300)}`,
          ],
    ),
  );

  // The empty youth has the same facts as the held one and no data: the absent youth, or for the
  // registry (whose facts are its data) a sparse youth on the same team.
  const empty = ctx.emptyYouth;
  const emptyLabel = empty === ctx.absentYouth ? 'absent youth' : 'youth without data';
  const policyProblems: string[] = [];
  const sameDenials: string[] = [];
  for (const member of members) {
    const a = await ctx.read(member, youthId);
    const b = await ctx.read(member, empty);
    policyProblems.push(...againstPolicy(ctx, member, youthId, a).map((p) => `${member.role}: ${p}`));
    policyProblems.push(...againstPolicy(ctx, member, empty, b).map((p) => `${member.role} (${emptyLabel}): ${p}`));
    if (empty !== ctx.absentYouth) {
      const c = await ctx.read(member, ctx.absentYouth);
      policyProblems.push(
        ...againstPolicy(ctx, member, ctx.absentYouth, c).map((p) => `${member.role} (absent youth): ${p}`),
      );
    }
    if (JSON.stringify(a.json?.errors ?? []) !== JSON.stringify(b.json?.errors ?? [])) {
      sameDenials.push(
        `${member.role}: the errors differ between a youth the subgraph holds data of and the ${emptyLabel}`,
      );
    }
  }
  results.push(
    check(
      'access.matches-policy',
      'decides every classified field for every role on the team as the hub policy does',
      policyProblems,
    ),
  );
  results.push(
    check(
      'access.denials-independent-of-data',
      'gives every role the same denials whether or not the subgraph holds data',
      sameDenials,
    ),
  );
  return results;
}
