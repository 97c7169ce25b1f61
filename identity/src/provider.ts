import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JSONWebKeySet, type JWK } from 'jose';
import Provider, { errors, interactionPolicy, type Configuration, type ResourceServer } from 'oidc-provider';
import { AGENCY_LABEL, ROLE_LABEL, type Agency, type Role } from '@hub/policies/vocabulary';

/**
 * The demo's embedded OpenID provider: panva's oidc-provider (the certified Node implementation),
 * configured as docs/identity.md tells a county to configure it, with the demo personas as its
 * accounts and a sign-in page that lists them instead of asking for a password. The hub trusts it
 * exactly as it trusts a county's provider in production: by its issuer, its JWKS and the claims of
 * its JWT access tokens. Demo only: nothing in production starts it.
 */

/** Someone the provider signs in. `agency` and `role` go into the access token only when present. */
export interface IdentityAccount {
  id: string;
  name: string;
  agency?: string;
  role?: string;
}

export interface IdentityProviderOptions {
  /** Where the provider is reached, exactly as the hub's OIDC_ISSUER names it (no trailing slash). */
  issuer: string;
  accounts: readonly IdentityAccount[];
  /** The web app's public client (PKCE, no secret) and where it may be sent back to. */
  client: { clientId: string; redirectUris: string[] };
  /** The hub's resource indicator (RFC 8707), an absolute URI: tokens asked for it are JWTs for the hub. */
  resource: string;
  /** The `aud` of the hub's access tokens (OIDC_AUDIENCE). */
  audience: string;
  /** The private ES256 JWK to sign with; a fresh one is made when absent. */
  signingKey?: JWK;
  /** Seconds an access token lives (default 600, as docs/identity.md advises). */
  accessTokenTtl?: number;
}

export interface IdentityProvider {
  issuer: string;
  /** The public keys, as `/jwks` serves them. */
  jwks: JSONWebKeySet;
  accounts: readonly IdentityAccount[];
  provider: Provider;
  /** The provider's routes, its sign-in page and the demo token route, for a node:http server. */
  handle(req: IncomingMessage, res: ServerResponse): void;
  /**
   * An access token for an account, issued by the provider itself for the hub's resource (the same
   * JWT, claims and lifetime as the code flow's): for scripts and curl in the demo.
   */
  issueAccessToken(accountId: string): Promise<string>;
}

/** The scope the hub's resource server knows; the web app asks for it beside `openid profile`. */
export const HUB_SCOPE = 'hub';

export async function createIdentityProvider(opts: IdentityProviderOptions): Promise<IdentityProvider> {
  if (!URL.canParse(opts.resource)) throw new Error('the resource indicator must be an absolute URI');
  const signingKey = opts.signingKey ?? (await newSigningKey());
  const { d: _d, ...publicKey } = signingKey;
  const accounts = new Map(opts.accounts.map((a) => [a.id, a]));
  const ttl = opts.accessTokenTtl ?? 600;
  const redirectOrigins = new Set(opts.client.redirectUris.map((u) => new URL(u).origin));

  const resourceServer: ResourceServer = {
    scope: HUB_SCOPE,
    audience: opts.audience,
    accessTokenFormat: 'jwt',
    accessTokenTTL: ttl,
    jwt: { sign: { alg: 'ES256' } },
  };

  // The demo asks for a persona on every sign-in, so that signing out and in again can change who
  // one is (a county's provider would keep its session; the demo has no passwords to spare anyone).
  const policy = interactionPolicy.base();
  policy
    .get('login')!
    .checks.add(
      new interactionPolicy.Check('demo_choose_persona', 'The demo asks which persona on every sign-in', (ctx) =>
        ctx.oidc.result?.login ? interactionPolicy.Check.NO_NEED_TO_PROMPT : interactionPolicy.Check.REQUEST_PROMPT,
      ),
    );

  const configuration: Configuration = {
    clients: [
      {
        client_id: opts.client.clientId,
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code'],
        response_types: ['code'],
        redirect_uris: opts.client.redirectUris,
        id_token_signed_response_alg: 'ES256',
      },
    ],
    clientDefaults: { id_token_signed_response_alg: 'ES256' },
    jwks: { keys: [signingKey as Parameters<typeof Object.assign>[0]] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    pkce: { required: () => true },
    claims: { openid: ['sub'], profile: ['name'] },
    scopes: ['openid', 'profile'],
    // The web app's own origin only, for the token endpoint it calls from the browser.
    clientBasedCORS: (_ctx, origin) => redirectOrigins.has(origin),
    interactions: { policy, url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => opts.resource,
        // The token request may omit `resource`: the one granted at authorization is used.
        useGrantedResource: () => true,
        getResourceServerInfo(_ctx, resource) {
          if (resource !== opts.resource) throw new errors.InvalidTarget();
          return resourceServer;
        },
      },
    },
    ttl: {
      AccessToken: ttl,
      AuthorizationCode: 60,
      IdToken: ttl,
      Interaction: 600,
      Session: 8 * 3600,
      Grant: 8 * 3600,
    },
    // agency, role and name into every JWT access token, from the account (never a claim the account lacks).
    extraTokenClaims(_ctx, token) {
      if (token.kind !== 'AccessToken' || !token.accountId) return undefined;
      const account = accounts.get(token.accountId);
      if (!account) return undefined;
      return {
        name: account.name,
        ...(account.agency ? { agency: account.agency } : {}),
        ...(account.role ? { role: account.role } : {}),
      };
    },
    findAccount(_ctx, sub) {
      const account = accounts.get(sub);
      return account && { accountId: sub, claims: () => ({ sub, name: account.name }) };
    },
    async renderError(ctx, out) {
      ctx.type = 'html';
      ctx.body = page(
        'Sign-in failed',
        `<h1>Sign-in failed</h1><p>${escape(String(out.error_description ?? out.error))}</p>`,
      );
    },
  };
  const provider = new Provider(opts.issuer, configuration);
  // Behind nothing: the issuer's scheme is what the provider is reached by.
  provider.proxy = false;
  const callback = provider.callback();

  async function interaction(req: IncomingMessage, res: ServerResponse, path: string) {
    const details = await provider.interactionDetails(req, res);
    if (req.method === 'GET' && path === `/interaction/${details.uid}`) {
      return html(res, 200, signInPage(details.uid, [...accounts.values()]));
    }
    if (req.method === 'POST' && path === `/interaction/${details.uid}/abort`) {
      return provider.interactionFinished(req, res, {
        error: 'access_denied',
        error_description: 'Sign-in was cancelled',
      });
    }
    if (req.method === 'POST' && path === `/interaction/${details.uid}/login`) {
      const form = new URLSearchParams(await readBody(req));
      const account = accounts.get(form.get('account') ?? '');
      if (!account) return html(res, 400, signInPage(details.uid, [...accounts.values()], 'Choose a persona.'));
      // The hub is this provider's only client, so its grant needs no consent screen: what the web
      // app asked for (openid, profile; the hub's scope on the hub's resource) is granted.
      const grant = new provider.Grant({ accountId: account.id, clientId: opts.client.clientId });
      const asked = new Set(String(details.params.scope ?? '').split(' '));
      grant.addOIDCScope(['openid', 'profile'].filter((s) => asked.has(s)).join(' '));
      grant.addResourceScope(opts.resource, asked.has(HUB_SCOPE) ? HUB_SCOPE : '');
      const grantId = await grant.save();
      return provider.interactionFinished(
        req,
        res,
        { login: { accountId: account.id }, consent: { grantId } },
        { mergeWithLastSubmission: false },
      );
    }
    return html(res, 404, page('Not found', '<h1>Not found</h1>'));
  }

  async function issueAccessToken(accountId: string): Promise<string> {
    if (!accounts.has(accountId)) throw new Error('unknown account');
    const client = (await provider.Client.find(opts.client.clientId))!;
    const grant = new provider.Grant({ accountId, clientId: client.clientId });
    grant.addResourceScope(opts.resource, HUB_SCOPE);
    const grantId = await grant.save();
    const token = new provider.AccessToken({ accountId, client, grantId, scope: HUB_SCOPE, gty: 'demo' });
    token.resourceServer = new provider.ResourceServer(opts.resource, resourceServer);
    return token.save();
  }

  async function demoToken(req: IncomingMessage, res: ServerResponse) {
    if (req.method !== 'POST') return json(res, 405, { error: 'Only POST is accepted' });
    let persona: unknown;
    try {
      ({ persona } = JSON.parse(await readBody(req)) as { persona?: unknown });
    } catch {
      return json(res, 400, { error: 'Expected a JSON body { "persona": "<id>" }' });
    }
    if (typeof persona !== 'string' || !accounts.has(persona)) {
      return json(res, 400, { error: 'Unknown persona; GET /demo/personas lists them' });
    }
    return json(res, 200, { token: await issueAccessToken(persona) });
  }

  function handle(req: IncomingMessage, res: ServerResponse) {
    const path = new URL(req.url ?? '/', opts.issuer).pathname;
    const own = async () => {
      if (path.startsWith('/interaction/')) return interaction(req, res, path);
      if (path === '/demo/token') return demoToken(req, res);
      if (path === '/demo/personas' && req.method === 'GET') return json(res, 200, [...accounts.values()]);
      return callback(req, res);
    };
    own().catch((error: unknown) => {
      // An expired or unknown interaction is the provider's SessionNotFound; say so plainly.
      if (res.headersSent) return res.destroy();
      const expired = error instanceof errors.SessionNotFound;
      html(
        res,
        expired ? 400 : 500,
        page(
          'Sign-in failed',
          `<h1>Sign-in failed</h1><p>${expired ? 'This sign-in has expired. Start again from the hub.' : 'Internal error'}</p>`,
        ),
      );
    });
  }

  return {
    issuer: opts.issuer,
    jwks: { keys: [publicKey] },
    accounts: opts.accounts,
    provider,
    handle,
    issueAccessToken,
  };
}

/** A fresh ES256 signing key, as a private JWK with its kid, alg and use. */
export async function newSigningKey(): Promise<JWK> {
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  const jwk = await exportJWK(privateKey);
  return { ...jwk, kid: `demo-${randomBytes(4).toString('hex')}`, alg: 'ES256', use: 'sig' };
}

export interface RunningIdentityProvider extends IdentityProvider {
  server: Server;
  close(): Promise<void>;
}

/**
 * Listens first and then builds the provider, so that its issuer is the address it listens on
 * (`port` 0: any free port; the issuer is then http://<host>:<port>).
 */
export async function startIdentityProvider(
  opts: Omit<IdentityProviderOptions, 'issuer'> & { issuer?: string; port?: number; host?: string },
): Promise<RunningIdentityProvider> {
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  const server = createServer((req, res) => (handler ? handler(req, res) : res.writeHead(503).end()));
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const idp = await createIdentityProvider({ ...opts, issuer: opts.issuer ?? `http://${host}:${port}` });
  handler = idp.handle;
  return {
    ...idp,
    server,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

function signInPage(uid: string, accounts: IdentityAccount[], problem?: string): string {
  const items = accounts
    .map((a) => {
      const what = [
        a.role ? (ROLE_LABEL[a.role as Role] ?? a.role) : 'no role',
        a.agency ? (AGENCY_LABEL[a.agency as Agency] ?? a.agency) : 'no agency',
      ].join(', ');
      return `<li><button type="submit" name="account" value="${escape(a.id)}" data-persona="${escape(a.id)}"><span class="name">${escape(a.name)}</span> <span class="what">${escape(what)}</span></button></li>`;
    })
    .join('\n');
  return page(
    'Sign in: demo identity provider',
    `<h1>Sign in to the CSEC MDT hub</h1>
<p>The demo's identity provider. Choose a synthetic persona; there are no passwords in the demo.
Everything here is synthetic; no real person appears.</p>
${problem ? `<p role="alert" class="problem">${escape(problem)}</p>` : ''}
<form method="post" action="/interaction/${escape(uid)}/login">
<ul aria-label="Personas">
${items}
</ul>
</form>
<form method="post" action="/interaction/${escape(uid)}/abort"><button type="submit" class="cancel">Cancel</button></form>`,
  );
}

const STYLE = `body{font-family:system-ui,sans-serif;margin:0;color:#1b1b1b;background:#f0f0f0}
main{max-width:40rem;margin:0 auto;padding:1.5rem 1rem}h1{font-size:1.6rem;margin:0 0 .75rem}
ul{list-style:none;padding:0;margin:1rem 0;display:grid;gap:.5rem}
button{font:inherit;cursor:pointer;border-radius:.25rem}
li button{width:100%;text-align:left;padding:.75rem 1rem;background:#fff;border:1px solid #71767a;display:flex;flex-wrap:wrap;gap:.25rem .75rem}
li button:hover{border-color:#005ea2;background:#e7f2f5}
button:focus-visible{outline:.25rem solid #2491ff;outline-offset:2px}
.name{font-weight:700}.what{color:#454545}.cancel{padding:.5rem 1rem;background:#fff;border:1px solid #005ea2;color:#005ea2}
.problem{color:#b50909;font-weight:700}`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

function html(res: ServerResponse, status: number, body: string) {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
}

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function readBody(req: IncomingMessage, max = 10_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString();
      if (body.length > max) reject(new Error('body too large'));
    });
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}
