import { existsSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { countyTimeZone } from '@hub/protocol';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { sendJson } from '@hub/protocol';

/**
 * The web app's sign-in settings (docs/identity.md): the provider, the public client, the scope,
 * the resource indicator (RFC 8707) and, only where a provider wants it, an `audience` parameter.
 */
export interface WebOidcConfig {
  issuer: string;
  clientId: string;
  scope: string;
  resource?: string;
  audience?: string;
}

/** From the gateway's environment (OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_SCOPE, OIDC_RESOURCE, OIDC_AUDIENCE_PARAMETER). */
export function webOidcConfig(env: {
  oidcIssuer: string;
  oidcClientId: string;
  oidcScope: string;
  oidcResource: string | undefined;
  oidcAudienceParameter: string | undefined;
}): WebOidcConfig {
  return {
    issuer: env.oidcIssuer,
    clientId: env.oidcClientId,
    scope: env.oidcScope,
    ...(env.oidcResource ? { resource: env.oidcResource } : {}),
    ...(env.oidcAudienceParameter ? { audience: env.oidcAudienceParameter } : {}),
  };
}

/** What the browser needs to sign in; public values only, served at /config.json. */
export interface WebClientConfig {
  /** Always OpenID Connect: the demo's embedded provider (npm start) or the county's. */
  mode: 'oidc';
  oidc: WebOidcConfig;
  /** The demo (DEMO_MODE): the sign-in page says its personas and data are synthetic. */
  demo?: boolean;
  /** The county's time zone: a date-only field's "today" is the county's, not the browser's. */
  timeZone?: string;
}

export interface WebAppOptions {
  /** The built app (web/dist): index.html and assets/. */
  root: string;
  config: WebClientConfig;
}

/** web/dist beside the gateway in this checkout, when it has been built. */
export function builtWebRoot(): string | undefined {
  const root = resolve(import.meta.dirname, '..', '..', 'web', 'dist');
  return existsSync(join(root, 'index.html')) ? root : undefined;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

// The API's own paths are never the app's, even where the route does not exist (demo routes outside demo mode).
const RESERVED = /^\/(graphql|healthz|health|auth|\.well-known)(\/|$)/;

/** Scripts, styles and data from this origin only; the identity provider's origin for the OIDC exchange. */
export function contentSecurityPolicy(config: WebClientConfig): string {
  const connect = ["'self'", new URL(config.oidc.issuer).origin];
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connect.join(' ')}`,
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

function securityHeaders(config: WebClientConfig): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(config),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
  };
}

async function fileAt(root: string, path: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const file = normalize(join(root, decoded));
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  // A symbolic link inside the root must not lead out of it.
  const [real, realRoot] = await Promise.all([realpath(file).catch(() => undefined), realpath(root).catch(() => root)]);
  if (!real || (real !== realRoot && !real.startsWith(realRoot + sep))) return undefined;
  const info = await stat(real).catch(() => undefined);
  return info?.isFile() ? file : undefined;
}

/**
 * Serves the web app: its files with their content types, /config.json, and index.html for the
 * app's own routes (paths without an extension), never for the API's paths. False when the
 * request is not the app's.
 */
export async function serveWeb(
  web: WebAppOptions,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
): Promise<boolean> {
  if ((req.method !== 'GET' && req.method !== 'HEAD') || RESERVED.test(path)) return false;
  const headers = securityHeaders(web.config);
  if (path === '/config.json') {
    return (sendJson(res, 200, { ...web.config, timeZone: web.config.timeZone ?? countyTimeZone() }, headers), true);
  }
  let file = path === '/' ? undefined : await fileAt(web.root, path);
  if (!file && extname(path) === '') file = join(web.root, 'index.html');
  if (!file) return false;
  const body = await readFile(file);
  const immutable = file.startsWith(join(web.root, 'assets') + sep);
  res.writeHead(200, {
    ...headers,
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'content-length': body.length,
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}
