import { generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { committedSupergraph } from '@hub/schema';
import { createApolloEngine } from '../src/apollo-engine.ts';
import type { HubRequestContext } from '../src/engine.ts';
import { DEFAULT_LIMITS } from '../src/limits.ts';
import { locateSubgraphs } from '../src/supergraph.ts';

const context: HubRequestContext = {
  viewer: { sub: 'sw-1', name: 'S. W.', agency: 'CHILD_WELFARE', role: 'CW_SOCIAL_WORKER' },
  userToken: 'unused',
  purpose: 'CARE_COORDINATION',
  requestId: 'r-1',
};

describe('the gateway engine', () => {
  it('parses and validates (graphql-armor included) a document once, and answers it again from its store', async () => {
    const { sdl, subgraphs } = locateSubgraphs(committedSupergraph(), () => undefined);
    const engine = await createApolloEngine({
      supergraphSdl: sdl,
      subgraphs,
      signingKey: (await generateKeyPair('EdDSA')).privateKey,
      limits: DEFAULT_LIMITS,
      introspection: false,
      log: () => {},
    });
    try {
      const documents = engine.documents!;
      const size = documents.size;
      for (let i = 0; i < 3; i++) {
        const answer = await engine.execute({ query: 'query T { __typename }' }, context);
        expect(JSON.parse(answer.text)).toEqual({ data: { __typename: 'Query' } });
      }
      expect(documents.size).toBe(size + 1);
      expect(documents.hits).toBe(2);
      // A document over graphql-armor's limits is refused each time, never stored.
      const aliases = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: me { sub }`).join(' ')} }`;
      for (let i = 0; i < 2; i++) {
        const refused = JSON.parse((await engine.execute({ query: aliases }, context)).text);
        expect(refused.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      }
      expect(documents.size).toBe(size + 1);
    } finally {
      await engine.stop();
    }
  });
});
