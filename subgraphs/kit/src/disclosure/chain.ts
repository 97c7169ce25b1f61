import { createHash } from 'node:crypto';

/** The hash a chain starts from: the first row's `prevHash`. */
export const GENESIS_HASH = '0'.repeat(64);
const DOMAIN_TAG = 'csec-mdt-hub/disclosure/v1';

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
  prevHash: string;
}

/**
 * The canonical encoding: a JSON array in a fixed order (no key order to disagree on), category
 * lists sorted, the time as ISO 8601 in UTC with milliseconds, behind a domain tag.
 */
export function canonicalEncoding(row: ChainedFields): string {
  return `${DOMAIN_TAG}\n${JSON.stringify([
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
  ])}`;
}

/** SHA-256 over the canonical encoding, in lower-case hex. */
export function rowHash(row: ChainedFields): string {
  return createHash('sha256').update(canonicalEncoding(row), 'utf8').digest('hex');
}
