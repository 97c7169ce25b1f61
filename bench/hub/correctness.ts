import { isDeepStrictEqual } from 'node:util';
import { log, QUERIES, TARGETS, type TargetName } from './flags.ts';
import { ACCOUNTING_PARTS, type QueryName } from './queries.ts';
import { post, type Request } from './requests.ts';
import type { Group } from './targets.ts';

/**
 * Step 4: the same answer from each target for a sample of each query (data only; the monolith's
 * errors too). Q3's entries grow with every request (each read of the accounting is logged), so for
 * Q3 only the youth and which parts answered are compared. The SQL floor answers Q4 and Q5 with the
 * agencies' rows unshaped (serve-sql-floor.ts), so its answers to them are not compared (null).
 */
export async function checkCorrectness(
  groups: Partial<Record<TargetName, Group>>,
  requestsFor: (target: TargetName, query: QueryName) => Request[],
): Promise<Record<string, unknown>> {
  const correctness: Record<string, unknown> = {};
  const q3Shape = (a: any) => {
    const acc = a?.json?.data?.accountingOfDisclosures;
    return acc
      ? {
          youthId: acc.youthId,
          parts: ['registry', ...ACCOUNTING_PARTS.map((p) => p.field)].map((p) => acc[p] === null),
        }
      : acc;
  };
  const errorSet = (a: any) =>
    ((a?.json?.errors ?? []) as any[])
      .map((e) => JSON.stringify({ message: e.message, path: e.path, extensions: e.extensions }))
      .sort();
  for (const q of QUERIES) {
    const answers: Partial<Record<TargetName, any>> = {};
    for (const t of TARGETS) answers[t] = await post(groups[t]!.url, requestsFor(t, q)[0]!);
    const strip = (a: any) =>
      q === 'Q3' ? { youthId: a?.json?.data?.accountingOfDisclosures?.youthId } : a?.json?.data;
    const monoView = (a: any) => (q === 'Q3' ? q3Shape(a) : a?.json?.data);
    const floorShaped = q !== 'Q4' && q !== 'Q5';
    correctness[q] = {
      monoEqualsHub:
        answers.mono && answers.hub ? isDeepStrictEqual(monoView(answers.mono), monoView(answers.hub)) : null,
      monoErrorsEqualHub:
        answers.mono && answers.hub ? isDeepStrictEqual(errorSet(answers.mono), errorSet(answers.hub)) : null,
      monoErrors: answers.mono?.json?.errors?.length ?? 0,
      hubErrors: answers.hub?.json?.errors?.length ?? 0,
      hubErrorCodes: [...new Set((answers.hub?.json?.errors ?? []).map((e: any) => e.extensions?.code))],
      offErrors: answers.off?.json?.errors?.length ?? 0,
      hubEqualsOff: answers.hub && answers.off ? isDeepStrictEqual(strip(answers.hub), strip(answers.off)) : null,
      floorEqualsOff:
        floorShaped && answers.floor && answers.off
          ? isDeepStrictEqual(answers.floor.json.data, answers.off.json.data)
          : null,
      floorEqualsHub:
        floorShaped && answers.floor && answers.hub
          ? isDeepStrictEqual(answers.floor.json.data, answers.hub.json.data)
          : null,
      sample: Object.fromEntries(Object.entries(answers).map(([t, a]) => [t, JSON.stringify(a.json).slice(0, 600)])),
    };
    log(`${q} correctness: ${JSON.stringify({ ...(correctness[q] as object), sample: undefined })}`);
  }
  return correctness;
}
