import type { Decision } from '@hub/policies';
import type { RequestAccess } from '../access/request-access.ts';
import type { DisclosureEntry } from './log.ts';

/**
 * What a request touched besides the youth's records: an auditor reading the accounting, a
 * privacy officer simulating a viewer, a consent's terms returned to the one who recorded or
 * revoked it. Each is logged like a disclosure, with no category.
 */
export type NotedAccess = 'ACCOUNTING' | 'VIEW_AS' | 'CONSENT' | 'STATEMENT';

/** One request's disclosures: the policy decisions it made, per youth, and what it noted. */
export class RequestDisclosures {
  private readonly noted = new Map<string, Set<NotedAccess>>();

  constructor(
    private readonly access: RequestAccess,
    private readonly requestId: string,
  ) {}

  /** Logs an access that released no category (the accounting, a view-as simulation). */
  note(youthId: string, kind: NotedAccess): void {
    let kinds = this.noted.get(youthId);
    if (!kinds) this.noted.set(youthId, (kinds = new Set()));
    kinds.add(kind);
  }

  /**
   * The rows to write: per youth, the categories released and denied (each decided once per
   * request); per noted access, a row of its own.
   */
  entries(): DisclosureEntry[] {
    const { viewer, purpose, policyVersion } = this.access;
    const base = {
      requestId: this.requestId,
      viewerSub: viewer.sub,
      viewerName: viewer.name ?? null,
      viewerAgency: viewer.agency,
      viewerRole: viewer.role,
      purpose,
      policyVersion,
    };
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
      for (const access of kinds) {
        entries.push({ ...base, access, youthId, released: [], denied: [], emergencyGrantId: null, basis: [] });
      }
    }
    return entries;
  }
}

/** The emergency grant the request was made under, if any: every row under it is marked. */
function emergencyGrantOf(decisions: readonly Decision[]): string | null {
  return decisions.find((d) => d.emergencyGrantId)?.emergencyGrantId ?? null;
}
