import {
  AGENCY_CATEGORIES,
  decide,
  defaultPolicySet,
  type Agency,
  type DataCategory,
  type PurposeOfUse,
  type YouthFacts,
} from '@hub/policies';
import { PERSONAS, type Persona } from './personas.ts';
import type { SyntheticWorld } from './world.ts';

// A year of plausible access history for the demo (issue 18, item 7), so the privacy console has
// something to answer "last month" with on a fresh `npm start`: each persona opens records of the
// youths on their teams on working days in working hours; now and then someone looks up a youth
// off their teams (denied); a victim advocate reads late at night on three evenings last month (an
// after-hours alert); one emergency grant, its reads and its review. Every row is decided by the
// running policy, as the subgraph would have decided it, and written through the kit's log
// (DisclosureLog.appendHistory), so the chain verifies. Deterministic but for the dates, which
// count back from the day it is seeded.

/** One row for a subgraph's log, at its instant (the kit's DisclosureEntry, with `at`). */
export interface HistoryRow {
  at: Date;
  requestId: string;
  viewerSub: string;
  viewerName: string | null;
  viewerAgency: string;
  viewerRole: string;
  purpose: string;
  access: string;
  youthId: string;
  released: string[];
  denied: string[];
  policyVersion: string;
  emergencyGrantId: string | null;
  basis: { category: string; allowed: boolean; ruleId: string; legalBasis: string }[];
}

/** The demo's emergency grant: requested, read under, and found not justified three weeks ago. */
export interface HistoryGrant {
  id: string;
  youthId: string;
  requester: Persona;
  reason: string;
  grantedAt: Date;
  expiresAt: Date;
  reviewedAt: Date;
  finding: 'NOT_JUSTIFIED';
  reviewNote: string;
  reviewer: Persona;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;
const PURPOSE: Partial<Record<string, PurposeOfUse>> = {
  PROSECUTOR: 'PROSECUTION',
  VICTIM_ADVOCATE: 'CARE_COORDINATION',
};

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A UUID from the generator, so the grant has the same id in every subgraph's history. */
function uuid(next: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Midnight UTC of the day `days` before `now`. */
const dayStart = (now: Date, days: number) =>
  Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - days * DAY;
/** County working hours are about 15:00 to 03:00 UTC on the Pacific coast: 16:00-00:00 UTC is 08:00-16:00 PST. */
const workingInstant = (day: number, next: () => number) => day + 16 * HOUR + Math.floor(next() * 8 * HOUR);
/** 22:00-23:30 Pacific is 06:00-07:30 UTC the next day. */
const lateInstant = (day: number, next: () => number) => day + DAY + 6 * HOUR + Math.floor(next() * 90 * 60_000);

export function historyGrant(world: SyntheticWorld, now = new Date()): HistoryGrant {
  const next = random(18_007);
  const youth = world.youths[1] ?? world.youths[0]!;
  const grantedAt = new Date(workingInstant(dayStart(now, 24), next));
  return {
    id: uuid(next),
    youthId: youth.id,
    requester: PERSONAS.find((p) => p.id === 'cbo-james')!,
    reason: 'Youth missed curfew at the shelter and the advocate wanted her current placement address.',
    grantedAt,
    expiresAt: new Date(grantedAt.getTime() + 4 * HOUR),
    reviewedAt: new Date(grantedAt.getTime() + 3 * DAY),
    finding: 'NOT_JUSTIFIED',
    reviewNote: 'The placement could have been asked of the social worker, who was on duty; no imminent danger.',
    reviewer: PERSONAS.find((p) => p.role === 'PRIVACY_OFFICER')!,
  };
}

function factsFor(world: SyntheticWorld, persona: Persona, youthId: string, at: Date): YouthFacts {
  const youth = world.youths.find((y) => y.id === youthId);
  const day = at.toISOString().slice(0, 10);
  const member = world.teams
    .filter((t) => t.youthId === youthId)
    .flatMap((t) => t.members)
    .find((m) => m.personId === persona.id && m.fromDate <= day && (m.toDate === null || m.toDate > day));
  return {
    youthId,
    servedBy: youth ? (Object.keys(youth.localIds) as Agency[]) : [],
    team: member ? { onTeam: true, role: persona.role } : { onTeam: false },
    consents: [],
    courtOrders: [],
    emergencyGrant: null,
  };
}

/**
 * The rows `owner`'s log would hold for a year of the personas' use, oldest first. Each read asks
 * for every category the owner holds; the registry (owner HUB) decides the youth's identity.
 */
export function accessHistory(
  world: SyntheticWorld,
  owner: Agency,
  opts: { now?: Date; days?: number } = {},
): HistoryRow[] {
  const now = opts.now ?? new Date();
  const days = opts.days ?? 365;
  const policy = defaultPolicySet();
  const categories: readonly DataCategory[] = owner === 'HUB' ? ['IDENTITY'] : AGENCY_CATEGORIES[owner];
  const next = random(20_261);
  const rows: HistoryRow[] = [];
  const row = (persona: Persona, youthId: string, at: Date, purpose: PurposeOfUse, facts: YouthFacts, n: number) => {
    const viewer = { sub: persona.id, name: persona.name, agency: persona.agency, role: persona.role };
    const decisions = categories.map((c) => decide(policy, viewer, facts, c, purpose, { owner, now: at }));
    if (!decisions.length) return;
    rows.push({
      at,
      requestId: `history-${at.getTime().toString(36)}-${persona.id}-${n}`,
      viewerSub: persona.id,
      viewerName: persona.name,
      viewerAgency: persona.agency,
      viewerRole: persona.role,
      purpose,
      access: 'RECORD',
      youthId,
      released: decisions.filter((d) => d.allowed).map((d) => d.category),
      denied: decisions.filter((d) => !d.allowed).map((d) => d.category),
      policyVersion: policy.version,
      emergencyGrantId: decisions.find((d) => d.emergencyGrantId)?.emergencyGrantId ?? null,
      basis: decisions.map((d) => ({
        category: d.category,
        allowed: d.allowed,
        ruleId: d.ruleId,
        legalBasis: d.legalBasis,
      })),
    });
  };
  const staff = PERSONAS.filter((p) => p.role !== 'PRIVACY_OFFICER');
  const teamsOf = new Map(
    staff.map((p) => [
      p.id,
      world.teams.filter((t) => t.members.some((m) => m.personId === p.id)).map((t) => t.youthId),
    ]),
  );
  let n = 0;
  for (let back = days; back >= 1; back--) {
    const day = dayStart(now, back);
    const weekday = new Date(day).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    for (const persona of staff) {
      const youths = teamsOf.get(persona.id) ?? [];
      const reads = youths.length ? Math.floor(next() * 4) : 0; // 0 to 3 a day
      for (let i = 0; i < reads; i++) {
        const youthId = youths[Math.floor(next() * youths.length)]!;
        const at = new Date(workingInstant(day, next));
        row(
          persona,
          youthId,
          at,
          PURPOSE[persona.role] ?? 'CARE_COORDINATION',
          factsFor(world, persona, youthId, at),
          n++,
        );
      }
      // Now and then, a look-up of a youth off the persona's teams: refused.
      if (next() < 0.02) {
        const off = world.youths.find((y) => !youths.includes(y.id));
        if (off) {
          const at = new Date(workingInstant(day, next));
          row(persona, off.id, at, 'CARE_COORDINATION', factsFor(world, persona, off.id, at), n++);
        }
      }
    }
  }
  // Three late evenings in the last month: the victim advocate opens records at 22:00 or later, four times each.
  const advocate = PERSONAS.find((p) => p.id === 'va-mensah')!;
  const advocateYouths = teamsOf.get(advocate.id) ?? [];
  for (const back of [27, 20, 13]) {
    for (let i = 0; i < 4 && advocateYouths.length; i++) {
      const youthId = advocateYouths[i % advocateYouths.length]!;
      const at = new Date(lateInstant(dayStart(now, back), next) + i * 5 * 60_000);
      row(advocate, youthId, at, 'CARE_COORDINATION', factsFor(world, advocate, youthId, at), n++);
    }
  }
  // The emergency grant: two reads under it, an hour apart, with the EMERGENCY purpose.
  const grant = historyGrant(world, now);
  for (const offset of [10 * 60_000, HOUR]) {
    const at = new Date(grant.grantedAt.getTime() + offset);
    const facts = factsFor(world, grant.requester, grant.youthId, at);
    row(
      grant.requester,
      grant.youthId,
      at,
      'EMERGENCY',
      { ...facts, emergencyGrant: { id: grant.id, expiresAt: grant.expiresAt.toISOString() } },
      n++,
    );
  }
  return rows.sort((a, b) => a.at.getTime() - b.at.getTime() || a.requestId.localeCompare(b.requestId));
}
