import { QueryClientProvider, QueryObserver, useQuery } from '@tanstack/react-query';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { denialAt } from '../../src/api/denials.ts';
import type { Answer } from '../../src/api/graphql.ts';
import { answerKey, answerOptions, createQueryClient } from '../../src/api/query.ts';
import type { Session } from '../../src/auth/session.ts';
import { ConsentsQuery } from '../../src/pages/consents/queries.ts';

// The query layer against a stand-in gateway (fetch): what it caches, and what a re-render shows.
const mentor: Session = {
  token: 't-mentor',
  viewer: { sub: 'mentor-lee', name: 'Jo Lee', agency: 'COMMUNITY', role: 'SURVIVOR_MENTOR' },
  purpose: 'CARE_COORDINATION',
};
const denial = {
  message: 'Not shared: identity and demographics need the youth’s consent naming community partners',
  path: ['youth', 'displayName'],
  extensions: {
    code: 'FORBIDDEN',
    reason: 'CONSENT_REQUIRED',
    category: 'IDENTITY',
    agency: 'HUB',
    ruleId: 'identity.consent.mentor',
    legalBasis: 'WIC 827(a)(1)(J); WIC 830 (inferred)',
  },
};
const body = { data: { youth: { id: 'y-1', displayName: null, team: [], consents: [] } }, errors: [denial] };
const vars = { id: 'y-1' };
const calls: { purpose: string | null; auth: string | null }[] = [];

beforeEach(() => {
  calls.length = 0;
  vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
    const headers = init.headers as Record<string, string>;
    calls.push({ purpose: headers['x-purpose-of-use'] ?? null, auth: headers.authorization ?? null });
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  });
});
afterEach(() => vi.unstubAllGlobals());

/** A page that shows the name, or why it is hidden, from the cached answer. */
function Name({ session }: { session: Session }) {
  const { data } = useQuery(answerOptions(session, ConsentsQuery, vars));
  if (!data) return 'loading';
  const hidden = denialAt(data.errors, ['youth', 'displayName']);
  return data.data?.youth?.displayName ?? (hidden ? `hidden: ${hidden.reason} (${hidden.ruleId})` : 'not recorded');
}
const render = (client: ReturnType<typeof createQueryClient>, session = mentor) =>
  renderToString(createElement(QueryClientProvider, { client }, createElement(Name, { session })));

describe('the query layer', () => {
  it('caches the whole answer: the data and the denial beside it', async () => {
    const client = createQueryClient();
    await client.fetchQuery(answerOptions(mentor, ConsentsQuery, vars));
    const cached = client.getQueryData<Answer<unknown>>(answerKey(mentor, ConsentsQuery, vars));
    expect(cached).toEqual({ data: body.data, errors: [denial], extensions: {} });
    expect(calls).toEqual([{ purpose: 'CARE_COORDINATION', auth: 'Bearer t-mentor' }]);
  });

  it('keeps a denial a denial on every re-render from the cache, and after the answer is asked again', async () => {
    const client = createQueryClient();
    await client.fetchQuery(answerOptions(mentor, ConsentsQuery, vars));
    const shown = 'hidden: CONSENT_REQUIRED (identity.consent.mentor)';
    expect(render(client)).toBe(shown);
    expect(render(client)).toBe(shown); // a second render (a remount) reads the cache alone
    // Another component watching the same question, as a page and its header would.
    const observer = new QueryObserver(client, answerOptions(mentor, ConsentsQuery, vars));
    const unsubscribe = observer.subscribe(() => {});
    expect(denialAt(observer.getCurrentResult().data!.errors, ['youth', 'displayName'])?.reason).toBe(
      'CONSENT_REQUIRED',
    );
    await observer.refetch();
    expect(observer.getCurrentResult().data!.errors).toEqual([denial]);
    unsubscribe();
    expect(render(client)).toBe(shown);
  });

  it('asks again, and never reuses an answer, for another viewer or another purpose', async () => {
    const client = createQueryClient();
    await client.fetchQuery(answerOptions(mentor, ConsentsQuery, vars));
    const emergency = { ...mentor, purpose: 'EMERGENCY' };
    const worker: Session = { ...mentor, token: 't-worker', viewer: { ...mentor.viewer, sub: 'sw-garcia' } };
    expect(client.getQueryData(answerKey(emergency, ConsentsQuery, vars))).toBeUndefined();
    expect(client.getQueryData(answerKey(worker, ConsentsQuery, vars))).toBeUndefined();
    expect(render(client, emergency)).toBe('loading');
    await client.fetchQuery(answerOptions(emergency, ConsentsQuery, vars));
    await client.fetchQuery(answerOptions(worker, ConsentsQuery, vars));
    expect(calls).toEqual([
      { purpose: 'CARE_COORDINATION', auth: 'Bearer t-mentor' },
      { purpose: 'EMERGENCY', auth: 'Bearer t-mentor' },
      { purpose: 'CARE_COORDINATION', auth: 'Bearer t-worker' },
    ]);
    expect(answerKey(mentor, ConsentsQuery, vars)).toEqual([
      'graphql',
      'mentor-lee',
      'CARE_COORDINATION',
      'YouthConsents',
      { id: 'y-1' },
    ]);
  });

  it('never asks on its own: no refetch on focus or reconnect, no retry after a failure', () => {
    const defaults = createQueryClient().getDefaultOptions().queries!;
    expect([defaults.refetchOnWindowFocus, defaults.refetchOnReconnect, defaults.retry]).toEqual([false, false, false]);
  });
});
