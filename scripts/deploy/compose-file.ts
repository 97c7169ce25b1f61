import { relative } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { registryEntry, serviceSigningKeyVariable, subgraphUrlVariable, type SubgraphEntry } from '@hub/schema';

/**
 * docker-compose.yml, generated from schema/supergraph.config.json: one Postgres and one container per
 * subgraph, and the gateway pointed at each. `npm run docker-compose` writes it; a test checks that the
 * committed file is what this makes of the list.
 */
export async function composeFile(entries: SubgraphEntry[], root: string, path: string): Promise<string> {
  const registry = registryEntry(entries);
  const variable = (s: SubgraphEntry) => `${s.name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_DB_PASSWORD`;
  const database = (s: SubgraphEntry) => `  ${s.name}-db:
    <<: *postgres
    environment:
      POSTGRES_USER: hub
      POSTGRES_PASSWORD: \${${variable(s)}:?set a password}
      POSTGRES_DB: ${s.database}
    volumes: [${s.name}-data:/var/lib/postgresql/data]
`;
  // Production runs src/index.ts, which seeds nothing (src/dev.ts is npm start's).
  const service = (s: SubgraphEntry) => `  ${s.name}:
    build: .
    command: ['node', '--import', 'tsx', '${relative(root, s.dir)}/src/index.ts']
    restart: unless-stopped
    depends_on:
      ${s.name}-db: { condition: service_healthy }${s.registry ? '' : `\n      ${registry.name}: { condition: service_started }`}
    environment:
      <<: *subgraph-env
      SERVICE_SIGNING_KEY: \${${serviceSigningKeyVariable(s.name)}:?run scripts/generate-keys.ts}
      DATABASE_URL: postgres://hub:\${${variable(s)}}@${s.name}-db:5432/${s.database}${s.registry ? '' : `\n      REGISTRY_URL: http://${registry.name}:4001`}
`;
  const text = `# Generated from schema/supergraph.config.json by \`npm run docker-compose\`: change the list (or
# scripts/deploy/compose-file.ts), not this file; a test fails when the two disagree.
# Production topology: one Postgres per subgraph (each agency keeps its own database), one
# container per subgraph, and the gateway. Secrets come from the environment (.env beside this
# file); nothing here is a real key. Generate them with: npx tsx scripts/generate-keys.ts
x-subgraph-env: &subgraph-env
  HOST: 0.0.0.0
  PORT: '4001'
  GATEWAY_PUBLIC_JWK: \${GATEWAY_PUBLIC_JWK:?run scripts/generate-keys.ts}
  OIDC_ISSUER: \${OIDC_ISSUER:?your identity provider's issuer}
  OIDC_AUDIENCE: \${OIDC_AUDIENCE:-csec-mdt-hub}
  JWKS_URL: \${JWKS_URL:?your identity provider's JWKS URL}
  SERVICE_PUBLIC_KEYS: \${SERVICE_PUBLIC_KEYS:?run scripts/generate-keys.ts}

x-postgres: &postgres
  image: postgres:16-bookworm
  restart: unless-stopped
  healthcheck:
    test: ['CMD-SHELL', 'pg_isready -U hub']
    interval: 5s
    retries: 10

services:
${entries.map(database).join('\n')}
${[registry, ...entries.filter((s) => s !== registry)].map(service).join('\n')}
  gateway:
    build: .
    command: ['node', '--import', 'tsx', 'gateway/src/index.ts']
    restart: unless-stopped
    depends_on: [${entries.map((s) => s.name).join(', ')}]
    ports: ['4000:4000']
    environment:
      HOST: 0.0.0.0
      PORT: '4000'
      GATEWAY_SIGNING_KEY: \${GATEWAY_SIGNING_KEY:?run scripts/generate-keys.ts}
      OIDC_ISSUER: \${OIDC_ISSUER}
      OIDC_AUDIENCE: \${OIDC_AUDIENCE:-csec-mdt-hub}
      JWKS_URL: \${JWKS_URL}
      OIDC_CLIENT_ID: \${OIDC_CLIENT_ID:-csec-mdt-hub-web}
      OIDC_SCOPE: \${OIDC_SCOPE:-openid profile}
      OIDC_RESOURCE: \${OIDC_RESOURCE:-}
      OIDC_AUDIENCE_PARAMETER: \${OIDC_AUDIENCE_PARAMETER:-}
${entries.map((s) => `      ${subgraphUrlVariable(s.name)}: http://${s.name}:4001/graphql`).join('\n')}

volumes:
${entries.map((s) => `  ${s.name}-data:`).join('\n')}
`;
  return format(text, { ...(await resolveConfig(path)), filepath: path });
}
