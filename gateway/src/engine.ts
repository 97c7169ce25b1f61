import type { PurposeOfUse, Viewer } from '@hub/policies';
import type { BoundedCache, KeyLike } from '@hub/protocol';
import type { QueryLimits } from './limits.ts';
import type { SubgraphLocation } from './supergraph.ts';

/** What the HTTP layer has verified before GraphQL runs. */
export interface HubRequestContext {
  viewer: Viewer;
  userToken: string;
  purpose: PurposeOfUse;
  requestId: string;
  /** Obligations the subgraphs attached to released data (e.g. the 42 CFR 2.32 notice), by code. */
  obligations?: Map<string, unknown>;
  /** The registry's facts assertions of this operation, by set of youths (asked once each). */
  factsAssertions?: Map<string, Promise<string | undefined>>;
  /** Subgraphs whose part of this operation did not reach the viewer, reported once each. */
  undelivered?: Set<string>;
  /**
   * The cost limit for this operation when the gateway itself wrote the document (the statement
   * export's pages, `statement-export.ts`), never set from anything a client sends; else the
   * limits' `maxCost`.
   */
  maxCost?: number;
}

export interface EngineOptions {
  /** The supergraph with each subgraph's URL already in place. */
  supergraphSdl: string;
  subgraphs: SubgraphLocation[];
  signingKey: KeyLike;
  limits: QueryLimits;
  introspection: boolean;
  /**
   * Ask the registry once per operation for its signed access facts and carry them to the agency
   * subgraphs (`@hub/protocol` facts-assertion.ts); off, each subgraph fetches its own.
   */
  factsAssertions?: boolean;
  log: (message: string, detail?: unknown) => void;
}

/** What the gateway answers GraphQL in, as negotiated from the client's Accept (server.ts). */
export type ResponseMediaType = 'application/graphql-response+json' | 'application/json';

/** Plans and executes one operation across the subgraphs. */
export interface GraphQLEngine {
  execute(
    body: Record<string, unknown>,
    context: HubRequestContext,
    media?: ResponseMediaType,
  ): Promise<{ status: number; contentType: string; text: string }>;
  stop(): Promise<void>;
  /** The engine's cache of parsed and validated documents, if it keeps one it can show. */
  documents?: BoundedCache<unknown>;
}

export type EngineFactory = (options: EngineOptions) => Promise<GraphQLEngine>;
