import {
  internalAgent,
  internalPost,
  PURPOSE_HEADER,
  REQUEST_ID_HEADER,
  SIGNATURE_HEADER,
  signGatewayRequest,
  FACTS_ASSERTION_AUDIENCE,
  type KeyLike,
} from '@hub/protocol';
import type { HubRequestContext } from './engine.ts';

/** The registry's /facts-assertion takes at most this many youths (its /access-facts limit). */
export const MAX_ASSERTED_YOUTHS = 1000;
const MAX_ANSWER_BYTES = 32 * 1024 * 1024;

/** The youths of an entity fetch (its `representations` of `Youth`), each once. */
export function youthsOf(variables: Record<string, unknown> | undefined | null): string[] {
  const representations = variables?.representations;
  if (!Array.isArray(representations)) return [];
  const ids = new Set<string>();
  for (const r of representations as { __typename?: unknown; id?: unknown }[]) {
    if (r?.__typename === 'Youth' && typeof r.id === 'string') ids.add(r.id);
  }
  return [...ids];
}

/**
 * The registry's facts assertions (`@hub/protocol`, facts-assertion.ts), asked once per operation
 * and set of youths, shared by the agency requests of that operation. The gateway signs its request
 * as it signs a subgraph's; the registry verifies the user's token itself. Any failure is no
 * assertion: every subgraph then fetches its own facts, as without this.
 */
export class FactsAssertions {
  private readonly agent;

  constructor(
    private readonly url: URL,
    private readonly key: KeyLike,
    private readonly timeoutMs: number,
  ) {
    this.agent = internalAgent(url);
  }

  for(
    context: Pick<HubRequestContext, 'userToken' | 'requestId' | 'purpose' | 'factsAssertions'>,
    youthIds: string[],
  ): Promise<string | undefined> {
    const memo = (context.factsAssertions ??= new Map());
    const key = [...youthIds].sort().join(',');
    let assertion = memo.get(key);
    if (!assertion) {
      assertion = this.ask(context, youthIds).catch(() => undefined);
      memo.set(key, assertion);
    }
    return assertion;
  }

  private async ask(
    context: Pick<HubRequestContext, 'userToken' | 'requestId' | 'purpose'>,
    youthIds: string[],
  ): Promise<string | undefined> {
    if (youthIds.length > MAX_ASSERTED_YOUTHS) return undefined;
    const { userToken, requestId, purpose } = context;
    const body = JSON.stringify({ youthIds });
    const answer = await internalPost(this.url, {
      agent: this.agent,
      body,
      headers: async () => ({
        'content-type': 'application/json',
        authorization: `Bearer ${userToken}`,
        [PURPOSE_HEADER]: purpose,
        [REQUEST_ID_HEADER]: requestId,
        [SIGNATURE_HEADER]: await signGatewayRequest({
          key: this.key,
          audience: FACTS_ASSERTION_AUDIENCE,
          body,
          userToken,
          requestId,
          purpose,
        }),
      }),
      timeoutMs: this.timeoutMs,
      maxAnswerBytes: MAX_ANSWER_BYTES,
      retryable: () => true,
    });
    if (answer.status !== 200) return undefined;
    const { assertion } = JSON.parse(answer.text) as { assertion?: unknown };
    return typeof assertion === 'string' ? assertion : undefined;
  }
}
