import { GraphQLError } from 'graphql';
import type { DataCategory, Decision } from '@hub/policies';
import { loggableError } from '@hub/protocol';
import type { RequestAccess } from '../access/request-access.ts';
import type { Database } from '../db/database.ts';
import type { DisclosureEntry, DisclosureLog, HubTx } from './log.ts';

/**
 * What a request touched besides the youth's records: an auditor reading the accounting, a
 * privacy officer simulating a viewer, a consent's terms returned to the one who recorded or
 * revoked it, the MDT's own records read through a root field that authorizes itself (a
 * referral, by its coordinator or referrer). Each is logged like a disclosure, with no category
 * unless the note names what it released.
 */
export type NotedAccess = 'ACCOUNTING' | 'VIEW_AS' | 'CONSENT' | 'STATEMENT' | 'MDT';

/**
 * A change to the hub's records committed with its disclosure row (`commit`): a consent recorded
 * or revoked (its terms returned to the one who managed it), an emergency grant requested, its
 * review closed, or the grant ended; a court order recorded, ended or amended; the MDT's own work
 * (a referral submitted or decided, a membership, a note, an action item).
 */
export type CommittedAccess =
  'CONSENT' | 'EMERGENCY_GRANT' | 'EMERGENCY_REVIEW' | 'EMERGENCY_GRANT_ENDED' | 'COURT_ORDER' | 'MDT';

/** Where `commit` writes: the subgraph's database and its disclosure log. */
export interface DisclosureStore {
  database: Database;
  log: DisclosureLog;
  report: (message: string, detail?: unknown) => void;
}

/** The error a client gets when a change was rolled back because its disclosure row could not be written. */
export function disclosureNotRecorded(what: string): GraphQLError {
  return new GraphQLError(`The disclosure could not be recorded, so ${what}`, {
    extensions: { code: 'DISCLOSURE_NOT_RECORDED' },
  });
}

/** A category a noted access released, and the rule that released it. */
export interface NotedRelease {
  category: DataCategory;
  ruleId: string;
  legalBasis: string;
}

/** One request's disclosures: the policy decisions it made, per youth, and what it noted. */
export class RequestDisclosures {
  private readonly noted = new Map<string, Map<NotedAccess, Map<DataCategory, NotedRelease>>>();

  constructor(
    private readonly access: RequestAccess,
    private readonly requestId: string,
    private readonly store?: DisclosureStore,
  ) {}

  /**
   * Runs `change` and writes its disclosure rows (one per youth and access kind) in ONE transaction: both are committed or
   * neither is. If the row cannot be written the change is rolled back and the client gets
   * DISCLOSURE_NOT_RECORDED. `change` must use only `tx` (authorize before: on PGlite, a statement
   * outside the transaction waits for it to end). Throwing from `change` rolls it back and writes
   * no row. `emergencyGrantId` names the grant an EMERGENCY_* row concerns.
   */
  async commit<T>(
    youthId: string | readonly string[],
    access: CommittedAccess | readonly CommittedAccess[],
    change: (tx: HubTx) => Promise<T>,
    opts: { emergencyGrantId?: string | null } = {},
  ): Promise<T> {
    if (!this.store) throw new Error('this request has no disclosure log to commit to');
    const { database, log, report } = this.store;
    // A change that concerns several youths (a meeting's agenda) leaves a row in each one's accounting.
    const youths = typeof youthId === 'string' ? [youthId] : youthId;
    const entries: DisclosureEntry[] = youths.flatMap((youth) =>
      (typeof access === 'string' ? [access] : access).map((kind) => ({
        ...this.base(),
        access: kind,
        youthId: youth,
        released: [],
        denied: [],
        emergencyGrantId: opts.emergencyGrantId ?? null,
      })),
    );
    let unrecorded: { error: unknown } | undefined;
    try {
      const result = await database.db.transaction(
        async (tx) => {
          const result = await change(tx);
          try {
            await log.appendWithin(tx, entries);
          } catch (error) {
            unrecorded = { error };
            throw error;
          }
          return result;
        },
        // The log's head must be read after its lock is held: read committed, whatever the default.
        { isolationLevel: 'read committed' },
      );
      log.written();
      return result;
    } catch (error) {
      if (!unrecorded) throw error;
      report(
        'disclosure log write failed; the change was rolled back',
        loggableError(unrecorded.error, { requestId: this.requestId }),
      );
      throw disclosureNotRecorded('the change was not made');
    }
  }

  /**
   * Logs an access that released no category (the accounting, a view-as simulation), or, with
   * `released`, one a root field decided itself (a referral's CSEC indicators to its coordinator
   * or referrer): the categories and the rule that released each.
   */
  note(youthId: string, kind: NotedAccess, released: readonly NotedRelease[] = []): void {
    let kinds = this.noted.get(youthId);
    if (!kinds) this.noted.set(youthId, (kinds = new Map()));
    let categories = kinds.get(kind);
    if (!categories) kinds.set(kind, (categories = new Map()));
    for (const r of released) categories.set(r.category, r);
  }

  /**
   * The rows to write: per youth, the categories released and denied (each decided once per
   * request); per noted access, a row of its own.
   */
  entries(): DisclosureEntry[] {
    const base = this.base();
    const entries: DisclosureEntry[] = [];
    for (const [youthId, byCategory] of this.access.decisions) {
      const decisions: Decision[] = [...byCategory.values()];
      entries.push({
        ...base,
        access: 'RECORD',
        youthId,
        released: decisions.filter((d) => d.allowed).map((d) => d.category),
        denied: decisions.filter((d) => !d.allowed).map((d) => d.category),
        emergencyGrantId: emergencyGrantOf(decisions),
        basis: decisions.map((d) => ({
          category: d.category,
          allowed: d.allowed,
          ruleId: d.ruleId,
          legalBasis: d.legalBasis,
        })),
      });
    }
    for (const [youthId, kinds] of this.noted) {
      for (const [access, categories] of kinds) {
        const released = [...categories.values()];
        entries.push({
          ...base,
          access,
          youthId,
          released: released.map((r) => r.category),
          denied: [],
          emergencyGrantId: null,
          basis: released.map((r) => ({ ...r, allowed: true })),
        });
      }
    }
    return entries;
  }

  private base() {
    const { viewer, purpose, policyVersion } = this.access;
    return {
      requestId: this.requestId,
      viewerSub: viewer.sub,
      viewerName: viewer.name ?? null,
      viewerAgency: viewer.agency,
      viewerRole: viewer.role,
      purpose,
      policyVersion,
    };
  }
}

/** The emergency grant the request was made under, if any: every row under it is marked. */
function emergencyGrantOf(decisions: readonly Decision[]): string | null {
  return decisions.find((d) => d.emergencyGrantId)?.emergencyGrantId ?? null;
}
