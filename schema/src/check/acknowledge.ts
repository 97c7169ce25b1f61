import { existsSync, readFileSync } from 'node:fs';
import type { Change } from './diff.ts';

/** A breaking change someone decided to make anyway, with why and who reviewed it. */
export interface Acknowledgement {
  /** The change's id exactly as the check prints it. */
  change: string;
  reason: string;
  /** The privacy officer (for a reclassification) or contract owner who reviewed it. */
  reviewedBy: string;
}

export class AcknowledgementError extends Error {}

/** Reads `{ "acknowledged": [{ change, reason, reviewedBy }] }`; a missing file acknowledges nothing. */
export function readAcknowledgements(path: string): Acknowledgement[] {
  if (!existsSync(path)) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new AcknowledgementError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  const list = (raw as { acknowledged?: unknown })?.acknowledged;
  if (!Array.isArray(list)) throw new AcknowledgementError(`${path} must hold { "acknowledged": [...] }`);
  return list.map((entry, i) => {
    const { change, reason, reviewedBy } = (entry ?? {}) as Record<string, unknown>;
    for (const [key, value] of Object.entries({ change, reason, reviewedBy })) {
      if (typeof value !== 'string' || !value.trim()) {
        throw new AcknowledgementError(`${path}: acknowledged[${i}] needs a non-empty "${key}"`);
      }
    }
    return { change, reason, reviewedBy } as Acknowledgement;
  });
}

export interface Acknowledged {
  /** Breaking changes nobody acknowledged: the check fails on these. */
  unacknowledged: Change[];
  acknowledged: { change: Change; by: Acknowledgement }[];
}

export function applyAcknowledgements(changes: readonly Change[], acks: readonly Acknowledgement[]): Acknowledged {
  const byId = new Map(acks.map((a) => [a.change.trim(), a]));
  const result: Acknowledged = { unacknowledged: [], acknowledged: [] };
  for (const change of changes) {
    if (!change.breaking) continue;
    const by = byId.get(change.id);
    if (by) result.acknowledged.push({ change, by });
    else result.unacknowledged.push(change);
  }
  return result;
}
