import type { Viewer, YouthFacts } from '@hub/policies';
import { signServiceToken } from '../auth/service-token.ts';

/** Where a subgraph learns, per request, what the registry knows of (viewer, youths). */
export interface AccessFactsSource {
  /** One call for all the youths of an operation; returns facts in the order asked. */
  load(viewer: Viewer, youthIds: readonly string[]): Promise<YouthFacts[]>;
}

export class AccessFactsUnavailable extends Error {}

/** The registry's /access-facts endpoint, authenticated as this service. */
export function httpFactsSource(opts: {
  registryUrl: string;
  service: string;
  key: Uint8Array;
  timeoutMs?: number;
}): AccessFactsSource {
  const url = new URL('/access-facts', opts.registryUrl);
  return {
    async load(viewer, youthIds) {
      let response: Response;
      const body = JSON.stringify({ viewer, youthIds });
      try {
        response = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${await signServiceToken(opts.key, opts.service, body)}`,
          },
          body,
          signal: AbortSignal.timeout(opts.timeoutMs ?? 5000),
        });
      } catch (cause) {
        throw new AccessFactsUnavailable('the registry did not answer', { cause });
      }
      if (!response.ok) throw new AccessFactsUnavailable(`the registry answered ${response.status}`);
      const { facts } = (await response.json()) as { facts: YouthFacts[] };
      if (
        !Array.isArray(facts) ||
        facts.length !== youthIds.length ||
        facts.some((f, i) => f?.youthId !== youthIds[i])
      ) {
        throw new AccessFactsUnavailable('the registry answered for other youths');
      }
      return facts;
    },
  };
}
