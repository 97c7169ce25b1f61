// The embedded provider as its own process (npm start runs it in demo mode; nothing runs it in
// production). Everything it needs comes from its environment (identity/README.md).
import type { JWK } from 'jose';
import { startIdentityProvider, type IdentityAccount } from './provider.ts';

function need(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

function accountsFrom(text: string): IdentityAccount[] {
  let list: unknown;
  try {
    list = JSON.parse(text);
  } catch {
    list = undefined;
  }
  const text_ = (v: unknown) => typeof v === 'string' && v.length > 0;
  const optional = (v: unknown) => v === undefined || text_(v);
  const valid = (a: Record<string, unknown> | null) =>
    a !== null && text_(a.id) && text_(a.name) && optional(a.agency) && optional(a.role);
  if (!Array.isArray(list) || !list.length || !list.every((a) => valid(a as Record<string, unknown> | null))) {
    throw new Error('DEMO_PERSONAS is not a JSON list of { id, name, agency, role }');
  }
  return (list as IdentityAccount[]).map(({ id, name, agency, role }) => ({ id, name, agency, role }));
}

const hubUrl = need('HUB_URL').replace(/\/$/, '');
const port = Number(process.env.PORT ?? 4100);
const host = process.env.HOST ?? '127.0.0.1';
const idp = await startIdentityProvider({
  issuer: process.env.OIDC_ISSUER || `http://${host}:${port}`,
  port,
  host,
  accounts: accountsFrom(need('DEMO_PERSONAS')),
  client: { clientId: process.env.OIDC_CLIENT_ID || 'csec-mdt-hub-web', redirectUris: [`${hubUrl}/signin/callback`] },
  resource: process.env.OIDC_RESOURCE || `${hubUrl}/`,
  audience: process.env.OIDC_AUDIENCE || 'csec-mdt-hub',
  ...(process.env.IDENTITY_SIGNING_KEY ? { signingKey: JSON.parse(process.env.IDENTITY_SIGNING_KEY) as JWK } : {}),
});
console.log(`[identity] the demo OpenID provider is at ${idp.issuer} (${idp.accounts.length} personas)`);
const stop = () => void idp.close().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
