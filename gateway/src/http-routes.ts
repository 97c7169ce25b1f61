import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, sendError, sendJson } from '@hub/protocol';
import type { DemoIdentityProvider } from './demo-idp.ts';

/** The demo identity provider's routes; they exist only when the gateway runs in demo mode. */
export async function demoRoute(
  idp: DemoIdentityProvider,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
): Promise<boolean> {
  if (path === '/auth/demo/personas' && req.method === 'GET') {
    sendJson(
      res,
      200,
      idp.personas.map(({ id, name, agency, role }) => ({ id, name, agency, role })),
    );
    return true;
  }
  if (path === '/.well-known/jwks.json' && req.method === 'GET') {
    sendJson(res, 200, idp.jwks, { 'cache-control': 'public, max-age=300' });
    return true;
  }
  if (path === '/auth/demo/token') {
    if (req.method !== 'POST') return (void sendError(res, 405, 'Only POST is accepted', 'METHOD_NOT_ALLOWED'), true);
    let persona: unknown;
    try {
      ({ persona } = JSON.parse(await readBody(req, 10_000)) as { persona?: unknown });
    } catch {
      return (void sendError(res, 400, 'Expected a JSON body { "persona": "<id>" }', 'BAD_REQUEST'), true);
    }
    if (typeof persona !== 'string' || !idp.personas.some((p) => p.id === persona)) {
      return (void sendError(res, 400, 'Unknown persona; GET /auth/demo/personas lists them', 'BAD_REQUEST'), true);
    }
    sendJson(res, 200, { token: await idp.issue(persona) });
    return true;
  }
  return false;
}

export function landingPage(res: ServerResponse, demo: boolean) {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSEC MDT hub</title></head>
<body><main><h1>CSEC MDT data-sharing hub</h1>
<p>The GraphQL API is at <code>POST /graphql</code> with <code>Authorization: Bearer &lt;token&gt;</code>.</p>
${demo ? '<p>Demo mode: <a href="/auth/demo/personas">personas</a>; get a token with <code>POST /auth/demo/token {"persona":"sw-garcia"}</code>.</p>' : ''}
<p>The web app is not built: <code>npm run build -w @hub/web</code> (or <code>npm start</code>) builds it.</p></main></body></html>`;
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(html) });
  res.end(html);
}
