import DataLoader from 'dataloader';
import {
  decide,
  decideAction,
  explain,
  rosterLists,
  seesSealedRecords,
  rowScope,
  type ActionDecision,
  type Agency,
  type DataCategory,
  type Decision,
  type HubAction,
  type Obligation,
  type PolicySet,
  type PurposeOfUse,
  type RowAction,
  type RowScope,
  type Viewer,
  type YouthFacts,
} from '@hub/policies';
import type { AccessFactsSource } from './facts-source.ts';

/**
 * One request's access decisions. Facts for every youth the operation touches are fetched in one
 * batched call, then each (youth, category) is decided once and remembered for the disclosure log.
 */
export class RequestAccess {
  readonly decisions = new Map<string, Map<DataCategory, Decision>>();
  private readonly facts: DataLoader<string, YouthFacts>;
  private readonly now = new Date();

  constructor(
    readonly viewer: Viewer,
    readonly purpose: PurposeOfUse,
    /** The agency whose records this subgraph holds. */
    readonly owner: Agency,
    readonly policy: PolicySet,
    source: AccessFactsSource,
  ) {
    this.facts = new DataLoader((ids) => source.load(viewer, ids), { maxBatchSize: 500 });
  }

  factsFor(youthId: string): Promise<YouthFacts> {
    return this.facts.load(youthId);
  }

  async decide(youthId: string, category: DataCategory): Promise<Decision> {
    const known = this.decisions.get(youthId)?.get(category);
    if (known) return known;
    const facts = await this.facts.load(youthId);
    const decision = decide(this.policy, this.viewer, facts, category, this.purpose, {
      owner: this.owner,
      now: this.now,
    });
    let byCategory = this.decisions.get(youthId);
    if (!byCategory) this.decisions.set(youthId, (byCategory = new Map()));
    byCategory.set(category, decision);
    return decision;
  }

  /**
   * An action other than reading records (see-youth, manage-consents, request-emergency,
   * oversee), decided by the same policy for this request's viewer and purpose; with a youth, on
   * that youth's facts.
   */
  async may(action: HubAction, youthId?: string, opts: { own?: boolean } = {}): Promise<ActionDecision> {
    const facts = youthId === undefined ? null : await this.facts.load(youthId);
    return decideAction(this.policy, this.viewer, action, this.purpose, { facts, own: opts.own ?? false });
  }

  /** Which rows of a row-level rule's kind the viewer reads: all, their own, or none (`rowScope`). */
  async rowScope(action: RowAction, youthId?: string): Promise<RowScope> {
    const facts = youthId === undefined ? null : await this.facts.load(youthId);
    return rowScope(this.policy, this.viewer, action, this.purpose, facts);
  }

  /**
   * Whether the team roster lists, to this viewer, a member of `agency` on this youth's team
   * (`rosterLists`, rule `roster.involvement`): decided, not logged, since it releases no record.
   */
  async rosterLists(youthId: string, agency: Agency): Promise<boolean> {
    return rosterLists(this.policy, this.viewer, await this.facts.load(youthId), this.purpose, agency, {
      now: this.now,
    });
  }

  /**
   * Whether this request may be served this agency's sealed records (rule
   * `sealed.deemed-never-occurred`): without it, a sealed record is left out as if it never existed.
   */
  get seesSealed(): boolean {
    return seesSealedRecords(this.viewer, this.purpose, this.owner);
  }

  /** Every agency and category decided for this youth; releases nothing. */
  async explain(youthId: string): Promise<Decision[]> {
    return explain(this.policy, this.viewer, await this.facts.load(youthId), this.purpose, this.now);
  }

  /**
   * The distinct obligations of every decision that released data in this request: one per code,
   * with the scopes of every consent a release was made under (42 CFR 2.32(a)(2)) together.
   */
  obligations(): Obligation[] {
    const byCode = new Map<string, Obligation>();
    for (const byCategory of this.decisions.values()) {
      for (const d of byCategory.values()) {
        if (!d.allowed) continue;
        for (const o of d.obligations) {
          const seen = byCode.get(o.code);
          const scopes = [...new Set([...(seen?.consentScope ?? []), ...(o.consentScope ?? [])])];
          byCode.set(o.code, { ...o, ...(scopes.length ? { consentScope: scopes } : {}) });
        }
      }
    }
    return [...byCode.values()];
  }

  get policyVersion(): string {
    return this.policy.version;
  }
}
