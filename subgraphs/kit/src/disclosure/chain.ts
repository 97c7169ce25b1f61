import { createHash } from 'node:crypto';

/** The hash a chain starts from: the first row's `prevHash`. */
export const GENESIS_HASH = '0'.repeat(64);
import type { DisclosureBasis } from './table.ts';

/** v1: rows without a basis (written before it was recorded); v2: the basis is chained too. */
const DOMAIN_TAG_V1 = 'csec-mdt-hub/disclosure/v1';
const DOMAIN_TAG_V2 = 'csec-mdt-hub/disclosure/v2';

/** One row of the log as the chain sees it: every column but `hash`. */
export interface ChainedFields {
  seq: number;
  at: Date;
  requestId: string;
  viewerSub: string;
  viewerName: string | null;
  viewerAgency: string;
  viewerRole: string;
  purpose: string;
  access: string;
  youthId: string;
  released: readonly string[];
  denied: readonly string[];
  policyVersion: string;
  emergencyGrantId: string | null;
  /**
   * The rule and legal basis of each category decided. A row with a basis (even an empty one) is
   * encoded as v2; a row without (null or absent, the rows written before v2) as v1, so old rows
   * still verify, and clearing or adding a basis breaks the row's hash either way.
   */
  basis?: readonly DisclosureBasis[] | null;
  prevHash: string;
}

/** The basis as the chain sees it: [category, allowed, ruleId, legalBasis] tuples, sorted (jsonb keeps no key order). */
function basisTuples(basis: readonly DisclosureBasis[]): [string, boolean, string, string][] {
  return basis
    .map((b): [string, boolean, string, string] => [b.category, b.allowed, b.ruleId, b.legalBasis])
    .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : JSON.stringify(a) > JSON.stringify(b) ? 1 : 0));
}

/**
 * The canonical encoding: a JSON array in a fixed order (no key order to disagree on), category
 * lists sorted, the time as ISO 8601 in UTC with milliseconds, behind a domain tag naming the
 * version. v2 appends the basis, as sorted tuples, after every v1 field.
 */
export function canonicalEncoding(row: ChainedFields): string {
  const fields = [
    row.seq,
    row.at.toISOString(),
    row.requestId,
    row.viewerSub,
    row.viewerName,
    row.viewerAgency,
    row.viewerRole,
    row.purpose,
    row.access,
    row.youthId,
    [...row.released].sort(),
    [...row.denied].sort(),
    row.policyVersion,
    row.emergencyGrantId,
    row.prevHash,
  ];
  if (row.basis === null || row.basis === undefined) return `${DOMAIN_TAG_V1}\n${JSON.stringify(fields)}`;
  return `${DOMAIN_TAG_V2}\n${JSON.stringify([...fields, basisTuples(row.basis)])}`;
}

/** SHA-256 over the canonical encoding, in lower-case hex. */
export function rowHash(row: ChainedFields): string {
  return createHash('sha256').update(canonicalEncoding(row), 'utf8').digest('hex');
}
