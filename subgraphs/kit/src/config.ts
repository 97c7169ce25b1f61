import { resolve } from 'node:path';
import type { JSONWebKeySet, JWK } from 'jose';
import { parseServicePublicKeys } from '@hub/protocol';
import { DEFAULT_CHECKPOINT_INTERVAL_SECONDS } from './disclosure/checkpoint.ts';

/** Everything a subgraph reads from its environment; docker-compose.yml sets each of these. */
export interface SubgraphEnv {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  gatewayPublicJwk: JWK;
  oidcIssuer: string;
  oidcAudience: string;
  jwks: URL | JSONWebKeySet;
  registryUrl: string | undefined;
  /** SERVICE_SIGNING_KEY: this service's own private Ed25519 JWK (with kid). */
  serviceSigningKey: JWK;
  /** SERVICE_PUBLIC_KEYS: every service's public keys by name (two for a service during a rotation). */
  servicePublicKeys: Record<string, JWK[]>;
  seedYouths: number;
  /** At most this long between a write and the checkpoint of its head (CHECKPOINT_INTERVAL_SECONDS, default 10). */
  checkpointIntervalMs: number;
}

export const REQUIRED_SUBGRAPH_VARIABLES = [
  'GATEWAY_PUBLIC_JWK',
  'OIDC_ISSUER',
  'SERVICE_SIGNING_KEY',
  'SERVICE_PUBLIC_KEYS',
] as const;

export class ConfigError extends Error {}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new ConfigError(`${name} is not set`);
  return value;
}

function json<T>(name: string, text: string): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new ConfigError(`${name} is not valid JSON`);
  }
}

function positiveSeconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = env[name] === undefined || env[name] === '' ? fallback : Number(env[name]);
  if (!Number.isFinite(value) || value <= 0) throw new ConfigError(`${name} must be a positive number of seconds`);
  return value;
}

function publicKeys(text: string): Record<string, JWK[]> {
  try {
    return parseServicePublicKeys(text);
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
}

export function readSubgraphEnv(name: string, defaultPort: number, env: NodeJS.ProcessEnv = process.env): SubgraphEnv {
  const jwks = env.JWKS_JSON ? json<JSONWebKeySet>('JWKS_JSON', env.JWKS_JSON) : new URL(required(env, 'JWKS_URL'));
  return {
    port: Number(env.PORT ?? defaultPort),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.DATA_DIR ?? resolve('.data', name),
    gatewayPublicJwk: json<JWK>('GATEWAY_PUBLIC_JWK', required(env, 'GATEWAY_PUBLIC_JWK')),
    oidcIssuer: required(env, 'OIDC_ISSUER'),
    oidcAudience: env.OIDC_AUDIENCE ?? 'csec-mdt-hub',
    jwks,
    registryUrl: env.REGISTRY_URL || undefined,
    serviceSigningKey: json<JWK>('SERVICE_SIGNING_KEY', required(env, 'SERVICE_SIGNING_KEY')),
    servicePublicKeys: publicKeys(required(env, 'SERVICE_PUBLIC_KEYS')),
    seedYouths: Number(env.SEED_YOUTHS ?? 0),
    checkpointIntervalMs:
      positiveSeconds(env, 'CHECKPOINT_INTERVAL_SECONDS', DEFAULT_CHECKPOINT_INTERVAL_SECONDS) * 1000,
  };
}
