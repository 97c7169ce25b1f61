import { describeActionPoint } from './action-space.ts';
import { createPolicySet, type PolicySet } from './policy-set.ts';
import { describePoint } from './space.ts';
import type { PolicyRule } from './types.ts';
import { diffPolicies } from './verify.ts';

/** One point whose decision changes, in words: where, and the decision before and after. */
export interface PolicyDiffLine {
  kind: 'read' | 'action';
  point: string;
  before: string;
  after: string;
}

export interface PolicyDiffReport {
  fromVersion: string;
  toVersion: string;
  /** How many points of the attribute space were decided under both. */
  points: number;
  lines: PolicyDiffLine[];
}

const show = (d: { allowed: boolean; reason: string | null; ruleId: string }) =>
  d.allowed ? `allow (${d.ruleId})` : `deny ${d.reason} (${d.ruleId})`;

/**
 * `policy:diff` as data: every point of the attribute space whose decision differs between two rule
 * sets, in the words the command prints. The command and the privacy console both use it.
 */
export function policyDiffReport(before: PolicySet, after: PolicySet): PolicyDiffReport {
  const { points, differences, actionDifferences } = diffPolicies(before, after);
  return {
    fromVersion: before.version,
    toVersion: after.version,
    points,
    lines: [
      ...differences.map((d) => ({
        kind: 'read' as const,
        point: describePoint(d.point),
        before: show(d.before),
        after: show(d.after),
      })),
      ...actionDifferences.map((d) => ({
        kind: 'action' as const,
        point: describeActionPoint(d.point),
        before: show(d.before),
        after: show(d.after),
      })),
    ],
  };
}

/** The command's output: a summary line, then one line per difference. */
export function formatPolicyDiff(report: PolicyDiffReport): string[] {
  return [
    `${report.fromVersion.slice(0, 12)} -> ${report.toVersion.slice(0, 12)}: ${report.points} points, ` +
      `${report.lines.length} decisions differ`,
    ...report.lines.map((l) => `- ${l.point}: ${l.before} -> ${l.after}`),
  ];
}

/**
 * A rules file's text (a JSON array of rules, as `policy:export` writes it) as a policy set; throws
 * an Error saying what is wrong. No rule is run while reading: rules are data.
 */
export function parsePolicyRules(text: string, source = 'the rules'): PolicySet {
  let rules: unknown;
  try {
    rules = JSON.parse(text);
  } catch (error) {
    throw new Error(`${source} is not JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(rules) || rules.length === 0) throw new Error(`${source} is not a JSON array of rules`);
  rules.forEach((r: unknown, i) => {
    const rule = r as Partial<PolicyRule> | null;
    if (!rule || typeof rule !== 'object' || typeof rule.id !== 'string') {
      throw new Error(`${source}: rule ${i + 1} has no id`);
    }
    if (rule.effect !== 'allow' && rule.effect !== 'deny') {
      throw new Error(`${source}: rule ${rule.id} has no effect (allow or deny)`);
    }
    if (rule.roles !== '*' && !Array.isArray(rule.roles)) throw new Error(`${source}: rule ${rule.id} has no roles`);
    if (!rule.conditions || typeof rule.conditions !== 'object') {
      throw new Error(`${source}: rule ${rule.id} has no conditions`);
    }
  });
  return createPolicySet(rules as PolicyRule[]);
}
