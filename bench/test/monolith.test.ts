import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserTokenVerifier } from '@hub/protocol';
import { startHub, type Hub } from '../../tests/src/hub.ts';
import { createMonolith, type Monolith } from '../hub/monolith.ts';
import { Q1, Q4, Q5, Q5_VARIABLES } from '../hub/queries.ts';

// The monolith floor (b) answers the web app's own documents as the hub does: same data, same
// errors (message, path, code), for the social worker and for the mentor, who is denied most of it.
describe('the monolith floor against the hub, on the web app documents', () => {
  let hub: Hub;
  let mono: Monolith;
  let url: string;
  beforeAll(async () => {
    hub = await startHub({ youths: 12 });
    mono = await createMonolith({
      databases: hub.databases,
      verifyUser: createUserTokenVerifier({
        issuer: hub.keys.issuer,
        audience: hub.keys.audience,
        jwks: hub.keys.jwks,
      }),
      log: () => {},
    });
    ({ url } = await mono.listen(0));
  });
  afterAll(async () => {
    await mono?.close();
    await hub?.close();
  });

  const ask = async (persona: string, query: string, variables: Record<string, unknown>) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await hub.token(persona)}`,
        'x-purpose-of-use': 'CARE_COORDINATION',
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, json: (await res.json()) as any };
  };
  const errorSet = (json: any) =>
    ((json.errors ?? []) as any[])
      .map((e) => JSON.stringify({ message: e.message, path: e.path, code: e.extensions?.code }))
      .sort();

  it.each(['sw-garcia', 'mentor-lee'])(
    "answers %s's caseload page (Q5) and youth summary (Q4) as the hub does",
    async (persona) => {
      const page = await hub.query(persona, Q5, Q5_VARIABLES);
      const monoPage = await ask(persona, Q5, Q5_VARIABLES);
      expect(monoPage.status).toBe(200);
      expect(page.json.data.youths.edges.length).toBeGreaterThan(0);
      expect(monoPage.json.data).toEqual(page.json.data);
      expect(errorSet(monoPage.json)).toEqual(errorSet(page.json));

      const id = page.json.data.youths.edges[0].node.id as string;
      const summary = await hub.query(persona, Q4, { id });
      const monoSummary = await ask(persona, Q4, { id });
      expect(monoSummary.json.data.youth.id).toBe(id);
      expect(monoSummary.json.data).toEqual(summary.json.data);
      expect(errorSet(monoSummary.json)).toEqual(errorSet(summary.json));
      if (persona === 'mentor-lee') expect(errorSet(summary.json).length).toBeGreaterThan(0);
    },
  );

  it('still answers the hand-planned Q1, and refuses any other document', async () => {
    const page = await hub.query('sw-garcia', Q5, Q5_VARIABLES);
    const id = page.json.data.youths.edges[0].node.id as string;
    expect((await ask('sw-garcia', Q1, { id })).json.data).toEqual(
      (await hub.query('sw-garcia', Q1, { id })).json.data,
    );
    const other = await ask('sw-garcia', '{ me { sub } }', {});
    expect(other.status).toBe(400);
  });
});
