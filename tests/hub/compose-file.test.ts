import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadSupergraphConfig, subgraphUrlVariable } from '@hub/schema';
import { REQUIRED_SUBGRAPH_VARIABLES } from '@hub/subgraph-kit';
import { REQUIRED_GATEWAY_VARIABLES } from '@hub/gateway';
import { composeFile } from '../../scripts/deploy/compose-file.ts';

// No Docker engine runs here: check the production topology by reading it.
const root = fileURLToPath(new URL('../..', import.meta.url));
const path = `${root}docker-compose.yml`;
const committed = readFileSync(path, 'utf8');
const compose = parse(committed, { merge: true }) as {
  services: Record<string, { environment?: Record<string, string>; command?: string[]; depends_on?: unknown }>;
};
const subgraphs = loadSupergraphConfig();

describe('docker-compose.yml', () => {
  it('is what npm run docker-compose makes of schema/supergraph.config.json (run it when this fails)', async () => {
    expect(committed).toBe(await composeFile(subgraphs, root, path));
  });

  it('runs each subgraph from its production entry point, which seeds nothing', () => {
    for (const s of subgraphs) {
      expect(compose.services[s.name]!.command!.at(-1)).toMatch(/\/src\/index\.ts$/);
      expect(compose.services[s.name]!.environment!.SEED_YOUTHS).toBeUndefined();
    }
  });

  it.each(subgraphs.map((s) => s.name))('runs subgraph %s against a Postgres of its own', (name) => {
    const service = compose.services[name];
    expect(service, `service ${name}`).toBeDefined();
    const url = new URL(service!.environment!.DATABASE_URL!.replace(/\$\{[^}]+\}/g, 'x'));
    expect(url.hostname).toBe(`${name}-db`);
    expect(compose.services[`${name}-db`]).toBeDefined();
  });

  it('gives no two subgraphs the same database', () => {
    const hosts = subgraphs.map(
      (s) => new URL(compose.services[s.name]!.environment!.DATABASE_URL!.replace(/\$\{[^}]+\}/g, 'x')).host,
    );
    expect(new Set(hosts).size).toBe(subgraphs.length);
  });

  it.each(subgraphs.map((s) => s.name))('sets every variable subgraph %s requires', (name) => {
    const env = compose.services[name]!.environment!;
    for (const variable of [...REQUIRED_SUBGRAPH_VARIABLES, 'JWKS_URL', 'DATABASE_URL', 'PORT', 'HOST']) {
      expect(env[variable], `${name}: ${variable}`).toBeTruthy();
    }
    const registry = subgraphs.find((s) => s.registry)!.name;
    if (name !== registry) expect(env.REGISTRY_URL, `${name}: REGISTRY_URL`).toBe(`http://${registry}:4001`);
  });

  it('points the gateway at every subgraph and sets what it requires, without demo mode', () => {
    const env = compose.services.gateway!.environment!;
    for (const variable of [...REQUIRED_GATEWAY_VARIABLES, 'JWKS_URL']) expect(env[variable], variable).toBeTruthy();
    for (const s of subgraphs) expect(env[subgraphUrlVariable(s.name)]).toBe(`http://${s.name}:4001/graphql`);
    expect(env.DEMO_MODE).toBeUndefined();
    // The web app's sign-in settings (docs/identity.md) pass through, with the gateway's defaults.
    expect(env).toMatchObject({
      OIDC_CLIENT_ID: '${OIDC_CLIENT_ID:-csec-mdt-hub-web}',
      OIDC_SCOPE: '${OIDC_SCOPE:-openid profile}',
      OIDC_RESOURCE: '${OIDC_RESOURCE:-}',
      OIDC_AUDIENCE_PARAMETER: '${OIDC_AUDIENCE_PARAMETER:-}',
    });
  });
});
