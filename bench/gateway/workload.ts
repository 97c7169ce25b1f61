import { isDeepStrictEqual } from 'node:util';
import type { SyntheticWorld } from '@hub/synthetic';

/** One youth's summary, as a child-welfare social worker on the youth's MDT would ask for it. */
export const YOUTH_SUMMARY = `query($id: ID!){ youth(id:$id){ id displayName childWelfare { caseNumber placements { kind startDate } runawayEpisodes { leftOn } csecIndicators { indicator } } } }`;

export const SOCIAL_WORKER = 'sw-garcia';

/** Youths with a child-welfare case whose MDT has sw-garcia as a current member. */
export function socialWorkerYouths(world: SyntheticWorld): string[] {
  const withCase = new Set(world.childWelfare.map((c) => c.youthId));
  return world.teams
    .filter((t) => withCase.has(t.youthId) && t.members.some((m) => m.personId === SOCIAL_WORKER && !m.toDate))
    .map((t) => t.youthId);
}

/** What the social worker must see for a youth, from the seed (the order the subgraph promises). */
export function expectedSummary(world: SyntheticWorld, youthId: string) {
  const cw = world.childWelfare.find((c) => c.youthId === youthId);
  if (!cw) throw new Error(`no child-welfare case for ${youthId}`);
  return {
    caseNumber: cw.localId,
    placements: cw.placements.map(({ kind, startDate }) => ({ kind, startDate })),
    runawayEpisodes: [...cw.runaways]
      .sort((a, b) => a.leftOn.localeCompare(b.leftOn))
      .map(({ leftOn }) => ({ leftOn })),
    csecIndicators: [...cw.indicators]
      .sort((a, b) => a.observedOn.localeCompare(b.observedOn))
      .map(({ indicator }) => ({ indicator })),
  };
}

/** Null when `json` is the social worker's full, correct summary of the youth; else what is wrong. */
export function checkSocialWorkerAnswer(world: SyntheticWorld, youthId: string, json: any): string | null {
  if (json?.errors) return `errors: ${JSON.stringify(json.errors).slice(0, 300)}`;
  const youth = json?.data?.youth;
  if (!youth) return 'no youth in data';
  if (youth.id !== youthId) return `wrong youth ${youth.id}`;
  if (typeof youth.displayName !== 'string' || !/^[A-Z]\. [A-Z]\.$/.test(youth.displayName)) {
    return `unexpected displayName ${youth.displayName}`;
  }
  if (!isDeepStrictEqual(youth.childWelfare, expectedSummary(world, youthId))) {
    return `childWelfare differs from the seed: ${JSON.stringify(youth.childWelfare).slice(0, 300)}`;
  }
  return null;
}

/** A full answer for this youth (any persona): data with the youth and its child-welfare record, no errors. */
export function isFullAnswer(youthId: string, json: any): boolean {
  return !json?.errors && json?.data?.youth?.id === youthId && Boolean(json.data.youth.childWelfare?.caseNumber);
}

/** The cheap per-response check used under load (the load generator must not become the bottleneck). */
export function looksLikeFullAnswer(youthId: string, body: string): boolean {
  return (
    body.startsWith(`{"data":{"youth":{"id":"${youthId}"`) &&
    body.includes('"childWelfare":{"caseNumber":"') &&
    !body.includes('"errors"')
  );
}

/** A deterministic shuffle (mulberry32), so every run sends the same request sequence. */
export function shuffled<T>(items: readonly T[], seed = 20140): T[] {
  let a = seed >>> 0;
  const random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
