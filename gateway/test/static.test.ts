import { mkdtemp, mkdir, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, serveWeb, type WebAppOptions } from '../src/static.ts';

describe('the web app behind the gateway', () => {
  let server: Server;
  let base: string;
  const config = {
    mode: 'oidc' as const,
    oidc: { issuer: 'https://idp.example.org/realms/hub', clientId: 'web', audience: 'hub', scope: 'openid' },
  };
  beforeAll(async () => {
    const root = await mkdtemp(join(tmpdir(), 'web-'));
    await mkdir(join(root, 'assets'));
    await writeFile(join(root, 'index.html'), '<!doctype html><title>app</title>');
    await writeFile(join(root, 'assets', 'app-1.js'), 'console.log(1)');
    await writeFile(join(root, 'assets', 'app-1.css'), 'body{}');
    // A link inside the folder that leads out of it, to a file that must never be served.
    const outside = await mkdtemp(join(tmpdir(), 'outside-'));
    await writeFile(join(outside, 'secret.txt'), 'not for the web');
    await symlink(join(outside, 'secret.txt'), join(root, 'assets', 'linked.txt'));
    const web: WebAppOptions = { root, config };
    server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      void serveWeb(web, req, res, path).then((served) => {
        if (!served) res.writeHead(404).end('api 404');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('serves files with their content types, a strict CSP, and index.html for the app routes', async () => {
    const js = await fetch(`${base}/assets/app-1.js`);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${base}/assets/app-1.css`)).headers.get('content-type')).toBe('text/css; charset=utf-8');
    for (const path of ['/', '/youths/abc', '/privacy/accounting']) {
      const page = await fetch(base + path);
      expect([path, page.status, await page.text()]).toEqual([path, 200, '<!doctype html><title>app</title>']);
      expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy(config));
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect(contentSecurityPolicy(config)).toContain("script-src 'self';");
    expect(contentSecurityPolicy(config)).toContain("connect-src 'self' https://idp.example.org;");
  });

  it('publishes the public sign-in settings, never a secret', async () => {
    expect(await (await fetch(`${base}/config.json`)).json()).toEqual({ ...config, timeZone: 'America/Los_Angeles' });
  });

  it('never shadows the API, and refuses missing files and paths outside its folder', async () => {
    for (const path of [
      '/graphql',
      '/healthz',
      '/auth/demo/personas',
      '/.well-known/jwks.json',
      '/assets/none.js',
      '/assets/..%2f..%2fpackage.json',
      '/assets/linked.txt',
    ]) {
      const response = await fetch(base + path);
      expect([path, response.status, await response.text()]).toEqual([path, 404, 'api 404']);
    }
    expect((await fetch(`${base}/`, { method: 'POST' })).status).toBe(404);
  });
});
