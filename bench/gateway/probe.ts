import { isDeepStrictEqual } from 'node:util';
import { issueTestToken, type TestKeys } from '@hub/subgraph-kit/testing';
import { PERSONAS, persona, type SyntheticWorld } from '@hub/synthetic';
import { KINDS, PURPOSE, type Kind } from './settings.ts';
import {
  checkSocialWorkerAnswer,
  isFullAnswer,
  shuffled,
  SOCIAL_WORKER,
  socialWorkerYouths,
  YOUTH_SUMMARY,
} from './workload.ts';

/** One request of the load: a persona's token asking for one youth's summary. */
export interface Entry {
  personaId: string;
  youthId: string;
  headers: Record<string, string>;
  body: string;
}

export async function post(url: string, entry: Entry): Promise<{ status: number; json: any }> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: entry.headers, body: entry.body });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = { unparsable: text.slice(0, 300) };
  }
  return { status: response.status, json };
}

/**
 * Step 2: every persona's token against every youth on sw-garcia's teams, through both gateways: the
 * answers must be identical, and sw-garcia's right to the field (from the seed). The pairs with a full
 * answer make the load: hers four times over with four tokens of hers, every other persona's once,
 * shuffled, so that neighbouring requests differ in youth and token.
 */
export async function probe(keys: TestKeys, world: SyntheticWorld, urls: Record<Kind, string>) {
  const youthIds = socialWorkerYouths(world);
  const tokenCache = new Map<string, string>();
  const tokenFor = async (personaId: string, variant = 0) => {
    const key = `${personaId}#${variant}`;
    let token = tokenCache.get(key);
    if (!token) {
      // Distinct expiries give distinct tokens for the same person.
      token = await issueTestToken(keys, persona(personaId), { expiresIn: `${60 + variant}m` });
      tokenCache.set(key, token);
    }
    return token;
  };
  const entry = async (personaId: string, youthId: string, variant = 0): Promise<Entry> => ({
    personaId,
    youthId,
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await tokenFor(personaId, variant)}`,
      'x-purpose-of-use': PURPOSE,
    },
    body: JSON.stringify({ query: YOUTH_SUMMARY, variables: { id: youthId } }),
  });

  const checked = {
    pairs: 0,
    identical: 0,
    full: 0,
    differing: [] as { personaId: string; youthId: string; hive: unknown; apollo: unknown }[],
  };
  const fullPairs: { personaId: string; youthId: string }[] = [];
  for (const p of PERSONAS) {
    for (const youthId of youthIds) {
      const e = await entry(p.id, youthId);
      const [hive, apollo] = [await post(urls.hive, e), await post(urls.apollo, e)];
      checked.pairs++;
      if (isDeepStrictEqual(hive, apollo)) checked.identical++;
      else if (checked.differing.length < 5) checked.differing.push({ personaId: p.id, youthId, hive, apollo });
      if (p.id === SOCIAL_WORKER) {
        for (const kind of KINDS) {
          const answer = kind === 'hive' ? hive : apollo;
          const problem =
            answer.status === 200 ? checkSocialWorkerAnswer(world, youthId, answer.json) : `status ${answer.status}`;
          if (problem) throw new Error(`${kind} answered ${SOCIAL_WORKER} wrongly for ${youthId}: ${problem}`);
        }
      }
      if (hive.status === 200 && isFullAnswer(youthId, hive.json) && isDeepStrictEqual(hive, apollo)) {
        checked.full++;
        fullPairs.push({ personaId: p.id, youthId });
      }
    }
  }
  console.error(
    `[bench] checked ${checked.pairs} persona x youth pairs on both gateways: ${checked.identical} identical answers, ${checked.full} full answers`,
  );
  for (const d of checked.differing) console.error('[bench] answers differ:', JSON.stringify(d).slice(0, 1500));
  const sample = await entry(SOCIAL_WORKER, youthIds[0]!);
  const sampleAnswer = { hive: await post(urls.hive, sample), apollo: await post(urls.apollo, sample) };
  console.error(
    `[bench] sample answer (both gateways identical: ${isDeepStrictEqual(sampleAnswer.hive, sampleAnswer.apollo)}):`,
  );
  console.error(JSON.stringify(sampleAnswer.hive));

  const SW_TOKENS = 4;
  const entries: Entry[] = [];
  for (const { personaId, youthId } of fullPairs) {
    const variants = personaId === SOCIAL_WORKER ? SW_TOKENS : 1;
    for (let v = 0; v < variants; v++) entries.push(await entry(personaId, youthId, v));
  }
  const order = shuffled(entries);
  const mix = {
    requestsInCycle: order.length,
    distinctYouths: new Set(order.map((e) => e.youthId)).size,
    distinctTokens: new Set(order.map((e) => e.headers.authorization)).size,
    byPersona: Object.fromEntries(
      PERSONAS.map((p) => [p.id, order.filter((e) => e.personaId === p.id).length]).filter(([, n]) => n),
    ) as Record<string, number>,
  };
  console.error(`[bench] workload: ${JSON.stringify(mix)}`);
  const correctness = {
    pairsChecked: checked.pairs,
    identicalAnswers: checked.identical,
    fullAnswers: checked.full,
    differing: checked.differing,
    sample: sampleAnswer.hive.json,
  };
  return { order, mix, correctness };
}
