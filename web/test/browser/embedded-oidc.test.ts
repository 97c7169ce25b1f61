import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import type { Browser, BrowserContext, Request } from 'playwright-core';
import { startHub, type Hub } from '../../../tests/src/hub.ts';
import { ensureWebBuilt } from '../../scripts/ensure-built.ts';
import { chromiumPresent, launch, newContext, screenshot } from './browser.ts';
import { expectClean, signIn } from './pages.ts';

// The demo's sign-in is the production path: the app sends the person to the embedded OpenID
// provider (oidc-provider, identity/), which lists the personas; the code comes back, is exchanged
// with the PKCE verifier, and the JWT access token it gives is what the hub verifies by its JWKS.
const run = chromiumPresent();
let hub: Hub;
let browser: Browser;
const contexts: BrowserContext[] = [];

describe.runIf(run)('signing in through the embedded OpenID provider in Chromium', () => {
  beforeAll(async () => {
    ensureWebBuilt();
    hub = await startHub({
      youths: 4,
      // An account the provider knows but that has no agency or role: its token must be refused.
      identity: { extraAccounts: [{ id: 'no-claims', name: 'Pat Unassigned' }] },
    });
    browser = await launch();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await hub?.close();
  });

  it('runs the code flow with PKCE and keeps a JWT access token for the hub with agency and role', async () => {
    const requests: Request[] = [];
    const context = await newContext(browser);
    context.on('request', (r) => requests.push(r));
    const page = await (async () => {
      contexts.push(context);
      const p = await context.newPage();
      await p.goto(`${hub.url}/`);
      await p.getByRole('button', { name: 'Sign in with your organisation' }).click();
      await p.locator('button[data-persona="sw-garcia"]').waitFor();
      await expectClean(p, '22-provider-signin');
      await p.locator('button[data-persona="sw-garcia"]').click();
      await p.getByTestId('viewer').waitFor();
      return p;
    })();
    expect(await page.getByTestId('viewer').innerText()).toContain('Dana Garcia');
    await page.locator('table.app-caseload tbody tr').first().waitFor();
    await screenshot(page, '23-provider-caseload');

    // The authorization request: code, S256 challenge, the configured scope and resource.
    const issuer = hub.identity!.issuer;
    const authorization = requests.find((r) => r.url().startsWith(`${issuer}/auth?`))!;
    const asked = new URL(authorization.url()).searchParams;
    expect(
      Object.fromEntries(['response_type', 'code_challenge_method', 'scope', 'resource'].map((k) => [k, asked.get(k)])),
    ).toEqual({
      response_type: 'code',
      code_challenge_method: 'S256',
      scope: 'openid profile hub',
      resource: 'https://hub.test.invalid/',
    });
    // The token request carries the verifier of that challenge.
    const exchange = new URLSearchParams(
      requests.find((r) => r.url() === `${issuer}/token` && r.method() === 'POST')!.postData()!,
    );
    expect(exchange.get('grant_type')).toBe('authorization_code');
    expect(createHash('sha256').update(exchange.get('code_verifier')!).digest('base64url')).toBe(
      asked.get('code_challenge'),
    );

    // What the tab keeps: the provider's JWT access token, signed by its key, for the hub.
    const { token } = JSON.parse((await page.evaluate(() => sessionStorage.getItem('hub.session')))!) as {
      token: string;
    };
    expect(decodeProtectedHeader(token)).toMatchObject({ alg: 'ES256', typ: 'at+jwt' });
    const { payload } = await jwtVerify(token, createLocalJWKSet(hub.identity!.jwks), {
      issuer,
      audience: 'csec-mdt-hub',
    });
    expect(payload).toMatchObject({
      sub: 'sw-garcia',
      name: 'Dana Garcia',
      agency: 'CHILD_WELFARE',
      role: 'CW_SOCIAL_WORKER',
    });
  });

  it('signs in by keyboard alone, the provider page included', async () => {
    const page = await signIn(browser, hub.url, 'privacy-shah', contexts, { keyboard: true });
    expect(await page.getByTestId('viewer').innerText()).toContain('Priya Shah');
  });

  it('refuses a token the provider issued without agency and role, and says why', async () => {
    const context = await newContext(browser);
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${hub.url}/`);
    await page.getByRole('button', { name: 'Sign in with your organisation' }).click();
    await page.locator('button[data-persona="no-claims"]').click();
    const alert = page.locator('.app-error');
    await alert.waitFor();
    expect(await alert.innerText()).toContain(
      'You signed in as Pat Unassigned, but your account has no agency and no role for the hub',
    );
    expect(await page.getByTestId('viewer').count()).toBe(0);
    expect(await page.evaluate(() => sessionStorage.getItem('hub.session'))).toBeNull();
    await expectClean(page, '24-provider-refused');
  });
});
