import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { builtWebRoot, createHubGateway, type HubGateway } from '@hub/gateway';
import { committedSupergraph } from '@hub/schema';
import { createUserTokenVerifier } from '@hub/protocol';
import { issueTestToken } from '@hub/subgraph-kit/testing';
import { persona } from '@hub/synthetic';
import { startHub, type Hub } from '../../../tests/src/hub.ts';
import { ensureWebBuilt } from '../../scripts/ensure-built.ts';
import { chromiumPresent, launch, newContext, screenshot } from './browser.ts';
import { expectClean } from './pages.ts';
import { startFakeProvider, type FakeProvider } from './fake-oidc.ts';

// Production sign-in: the gateway outside demo mode tells the app to use an OpenID provider, and
// the app runs the authorization code flow with PKCE against it. The stand-in provider hands out
// access tokens the hub trusts (the test hub's own issuer); its ID tokens are its own.
const run = chromiumPresent();
const CLIENT_ID = 'csec-mdt-hub-web';
const RESOURCE = 'https://hub.county.example/';
let hub: Hub;
let gateway: HubGateway;
let provider: FakeProvider;
let browser: Browser;
let url: string;

describe.runIf(run)('OIDC sign-in in Chromium', () => {
  beforeAll(async () => {
    ensureWebBuilt();
    hub = await startHub({ youths: 4 });
    provider = await startFakeProvider({
      clientId: CLIENT_ID,
      sub: 'sw-garcia',
      accessToken: (sub) => issueTestToken(hub.keys, persona(sub)),
    });
    gateway = await createHubGateway({
      supergraphSdl: committedSupergraph(),
      subgraphUrls: hub.subgraphUrls,
      signingKey: hub.keys.gatewayPrivate,
      verifyUser: createUserTokenVerifier({
        issuer: hub.keys.issuer,
        audience: hub.keys.audience,
        jwks: hub.keys.jwks,
      }),
      web: {
        root: builtWebRoot()!,
        config: {
          mode: 'oidc',
          oidc: { issuer: provider.issuer, clientId: CLIENT_ID, scope: 'openid profile', resource: RESOURCE },
        },
      },
      log: () => {},
    });
    url = (await gateway.listen(0)).url;
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await gateway?.close();
    await provider?.close();
    await hub?.close();
  });

  it('signs in with the authorization code and PKCE, keeping the token in this tab only', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${url}/`);
    const button = page.getByRole('button', { name: 'Sign in with your organisation' });
    await button.waitFor();
    expect(await page.locator('[data-persona]').count()).toBe(0);
    await expectClean(page, '20-oidc-signin');
    await button.click();
    await page.getByTestId('viewer').waitFor();
    expect(await page.getByTestId('viewer').innerText()).toContain('Dana Garcia');
    await page.locator('table.app-caseload tbody tr').first().waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    // The resource indicator (RFC 8707) in both requests, and no `audience` where none is configured.
    expect(provider.authorizations).toEqual([{ scope: 'openid profile', resource: RESOURCE, audience: null }]);
    expect(provider.exchanges).toEqual([{ codeVerifierChecked: true, clientId: CLIENT_ID, resource: RESOURCE }]);
    const storage = await page.evaluate(() => ({
      session: Object.keys(sessionStorage),
      local: Object.keys(localStorage),
    }));
    expect(storage).toEqual({ session: ['hub.session'], local: [] });
    await screenshot(page, '21-oidc-caseload');
    await context.close();
  });
});
