import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { DemoIdentityProvider } from '@hub/gateway';
import { PERSONAS } from '@hub/synthetic';
import { startHub, type Hub } from '../../../tests/src/hub.ts';
import { ensureWebBuilt } from '../../scripts/ensure-built.ts';
import { chromiumPresent, launch, LOADED_CI_TIMEOUT, screenshot, seriousViolations } from './browser.ts';

// The whole hub in this process (PGlite), the built app served by its gateway, driven in Chromium.
const run = chromiumPresent();
let hub: Hub;
let browser: Browser;
let youthId: string;
const contexts: BrowserContext[] = [];

async function signIn(personaId: string, opts: { keyboard?: boolean; shot?: string } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(LOADED_CI_TIMEOUT);
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${hub.url}/`);
  const button = page.locator(`button[data-persona="${personaId}"]`);
  await button.waitFor();
  if (opts.shot) await accessible(page, opts.shot);
  if (opts.keyboard) {
    // Keyboard only: the skip link first, then the personas in order.
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-persona') ?? null);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    for (let i = 0; i < 20 && (await focused()) !== personaId; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe(personaId);
    await page.keyboard.press('Enter');
  } else await button.click();
  await page.getByTestId('viewer').waitFor();
  return page;
}

async function openYouth(page: Page, id = youthId) {
  await page.goto(`${hub.url}/youths/${id}`);
  await page.locator('section[data-agency="childWelfare"]').waitFor();
  await page.locator('table.timeline, #timeline-title ~ .none').first().waitFor();
}

const placements = (page: Page) => page.locator('section[data-agency="childWelfare"] [data-field="placements"]');
const accessible = async (page: Page, name: string) => {
  await screenshot(page, name);
  expect([name, await seriousViolations(page)]).toEqual([name, []]);
};

describe.runIf(run)('the web app in Chromium', () => {
  beforeAll(async () => {
    ensureWebBuilt();
    // The gateway's demo routes, issuing the test hub's own tokens.
    const demo: DemoIdentityProvider = {
      issuer: 'test',
      audience: 'csec-mdt-hub',
      jwks: { keys: [] },
      personas: PERSONAS,
      issue: (id) => hub.token(id),
    };
    hub = await startHub({ youths: 12, demo });
    youthId = hub.world.youths[0]!.id; // the survivor mentor and the social worker are on this youth's team
    browser = await launch();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await hub?.close();
  });

  let worker: Page;
  let mentor: Page;

  it('signs a social worker in by keyboard and shows her caseload, searchable and paged', async () => {
    worker = await signIn('sw-garcia', { keyboard: true, shot: '00-signin' });
    const items = worker.locator('ul.caseload li');
    await items.first().waitFor();
    const total = Number((await worker.getByText(/^\d+ youths?/).innerText()).split(' ')[0]);
    expect(total).toBeGreaterThan(1);
    await accessible(worker, '01-caseload-sw-garcia');
    // Search by the initials of the first youth listed: it is found again.
    const first = (await items.first().locator('a').innerText()).trim();
    await worker.getByLabel('Search by name').fill(first.split(' ')[0]!.replace('.', ''));
    await worker.getByLabel('Search by name').press('Enter');
    await worker.getByText(/matching/).waitFor();
    expect(await items.locator('a').allInnerTexts()).toContain(first);
  });

  it('shows the social worker her youth, with each hidden field marked with its reason and legal basis', async () => {
    await openYouth(worker);
    expect(await placements(worker).locator('[data-testid="hidden"]').count()).toBe(0);
    const hidden = worker.locator('[data-testid="hidden"]');
    expect(await hidden.count()).toBeGreaterThan(0);
    const first = hidden.first();
    expect(await first.getAttribute('data-reason')).toMatch(/^[A-Z_]+$/);
    expect(await first.innerText()).toMatch(/legal basis: \S+/);
    expect(await worker.getByTestId('service-plan-summary').innerText()).toMatch(
      /^\d+ needs identified; \d+ services received; \d+ not yet received\.$/,
    );
    await accessible(worker, '02-youth-sw-garcia');
  });

  it('shows the survivor mentor placements as hidden until a consent names her agency', async () => {
    mentor = await signIn('mentor-lee');
    await openYouth(mentor);
    const hidden = placements(mentor).locator('[data-testid="hidden"]');
    expect(await hidden.getAttribute('data-reason')).toBe('CONSENT_REQUIRED');
    expect(await hidden.innerText()).toContain('Needs the youth’s consent naming your agency');
    await accessible(mentor, '03-youth-mentor-lee-before-consent');
  });

  it('records a consent with a validated form, and the mentor then sees the placements', async () => {
    await worker.goto(`${hub.url}/youths/${youthId}/consents`);
    await worker.getByRole('heading', { name: 'Record a consent' }).waitFor();
    await worker.getByRole('button', { name: 'Record consent' }).click();
    await worker.getByText('Choose at least one kind of record.').waitFor();
    await accessible(worker, '04-consent-form-errors');
    await worker.getByRole('group', { name: 'Records it opens' }).getByLabel('Placements').check();
    await worker.getByRole('group', { name: 'Agencies it names' }).getByLabel('Community partners').check();
    await worker.getByLabel('Signed form reference').fill('CSEC-ROI-2026-0777');
    await worker.getByRole('button', { name: 'Record consent' }).click();
    await worker.getByText('Consent recorded.').waitFor();
    await accessible(worker, '05-consents-recorded');
    await worker.getByRole('link', { name: 'Printable summary for signature' }).first().click();
    await worker.getByRole('heading', { name: 'Authorization to share information with the MDT' }).waitFor();
    await accessible(worker, '06-consent-print');
    // As printed: the app's header and buttons are gone, the terms and signature lines remain.
    await worker.emulateMedia({ media: 'print' });
    expect(await worker.locator('.app-header').isVisible()).toBe(false);
    expect(await worker.getByText('Signature of the person giving consent').isVisible()).toBe(true);
    await screenshot(worker, '06b-consent-printed');
    await worker.emulateMedia({ media: 'screen' });

    await openYouth(mentor);
    expect(await placements(mentor).locator('[data-testid="hidden"]').count()).toBe(0);
    await accessible(mentor, '07-youth-mentor-lee-with-consent');
  });

  it('revokes the consent, and the mentor sees the placements hidden again at once', async () => {
    await worker.goto(`${hub.url}/youths/${youthId}/consents`);
    await worker.getByLabel('Reason for revoking').first().fill('The youth withdrew it at the meeting');
    await worker.getByRole('button', { name: 'Revoke' }).first().click();
    await worker.getByText('Consent revoked: it opens nothing from now on.').waitFor();
    await openYouth(mentor);
    expect(await placements(mentor).locator('[data-testid="hidden"]').getAttribute('data-reason')).toBe(
      'CONSENT_REQUIRED',
    );
  });

  it('gives the mentor emergency access with a reason, a countdown, flagged for review', async () => {
    await mentor.getByRole('button', { name: 'Request emergency access' }).click();
    await mentor.getByText(/Give at least 20 characters/).waitFor();
    await mentor
      .getByLabel('Reason (20 to 2000 characters)')
      .fill('Youth missing overnight; need the current placement.');
    await mentor.getByRole('button', { name: 'Request emergency access' }).click();
    await mentor.getByTestId('emergency-grant').waitFor();
    expect(await mentor.getByTestId('countdown').innerText()).toMatch(/^\d+:\d\d:\d\d$/);
    expect(await mentor.getByTestId('emergency-grant').innerText()).toContain('Flagged for privacy review');
    await accessible(mentor, '08-emergency-grant');
    // Under the emergency purpose the grant opens the placements, and the page says every read is flagged.
    await mentor.getByRole('button', { name: 'Work under the emergency purpose' }).click();
    await mentor.getByText('Emergency purpose: every read is flagged for privacy review.').waitFor();
    await mentor.getByText('You are working under the emergency purpose.').waitFor();
    await expect
      .poll(() => placements(mentor).locator('[data-testid="hidden"]').count(), { timeout: LOADED_CI_TIMEOUT })
      .toBe(0);
    await accessible(mentor, '08b-emergency-purpose');
  });

  it("lets the privacy officer find the mentor's reads in the accounting, and use the rest of the console", async () => {
    const officer = await signIn('privacy-shah');
    await officer.getByLabel('Youth hub id').fill(youthId);
    await officer.getByLabel('Viewer id (optional)').fill('mentor-lee');
    await officer.getByRole('button', { name: 'Show accounting' }).click();
    const rows = officer.locator('[data-part="childWelfare"] tr[data-viewer="mentor-lee"]');
    await rows.first().waitFor();
    // Before the consent, with it, after its revocation: three record reads at least.
    expect(await rows.count()).toBeGreaterThanOrEqual(3);
    expect(await rows.allInnerTexts()).toContainEqual(expect.stringContaining('Placements'));
    expect(await rows.filter({ hasText: 'Emergency grant' }).count()).toBeGreaterThan(0);
    await accessible(officer, '09-privacy-accounting');

    await officer.getByRole('link', { name: 'Policy matrix' }).click();
    await officer.locator('table.matrix').waitFor();
    await accessible(officer, '10-privacy-policy-matrix');

    await officer.getByRole('link', { name: 'View as' }).click();
    await officer.getByLabel('Youth hub id').fill(youthId);
    await officer.getByLabel('Role').selectOption('SURVIVOR_MENTOR');
    await officer.getByRole('button', { name: 'Show' }).click();
    await officer.locator('table.access').waitFor();
    await accessible(officer, '11-privacy-view-as');

    await officer.getByRole('link', { name: 'Emergency reviews' }).click();
    await officer.getByText('Youth missing overnight; need the current placement.', { exact: false }).waitFor();
    await accessible(officer, '12-privacy-review-queue');

    await officer.getByRole('link', { name: 'Audit chains' }).click();
    await officer.locator('table.chains').waitFor();
    await accessible(officer, '13-privacy-audit-chains');
  });

  it('shows the 42 CFR 2.32 notice where substance-use treatment records are released, and not once withheld', async () => {
    // A youth on the worker's caseload with a Part 2 record, opened to her agency by a consent.
    const SU = `query ($id: ID!) { youth(id: $id) { health { substanceUse { status } } } }`;
    const RECORD = `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`;
    const REVOKE = `mutation ($id: ID!) { revokeConsent(id: $id, reason: "Test over") { id } }`;
    let found: { youth: string; consent: string } | undefined;
    for (const y of hub.world.youths) {
      const input = {
        youthId: y.id,
        grantor: 'YOUTH',
        categories: ['SUBSTANCE_USE'],
        recipientAgencies: ['CHILD_WELFARE'],
        purposes: ['CARE_COORDINATION'],
        effectiveFrom: new Date(Date.now() - 3_600_000).toISOString(),
        formReference: 'CSEC-ROI-2026-0900',
      };
      const recorded = (await hub.query('sw-garcia', RECORD, { input })).json.data?.recordConsent;
      if (!recorded) continue; // not a youth whose consents she manages
      const { json } = await hub.query('sw-garcia', SU, { id: y.id });
      if (json.extensions?.obligations?.some((o: { code: string }) => o.code === 'PART2_REDISCLOSURE_NOTICE')) {
        found = { youth: y.id, consent: recorded.id };
        break;
      }
      await hub.query('sw-garcia', REVOKE, { id: recorded.id });
    }
    expect(found).toBeDefined();
    await worker.goto(`${hub.url}/youths/${found!.youth}`);
    const notice = worker.getByTestId('part2-notice');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('42 CFR part 2 prohibits unauthorized use or disclosure');
    await accessible(worker, '15-youth-part2-notice');
    await hub.query('sw-garcia', REVOKE, { id: found!.consent });
    await openYouth(worker, found!.youth);
    await worker.locator('section[data-agency="health"] [data-field="substanceUse"] [data-testid="hidden"]').waitFor();
    expect(await worker.getByTestId('part2-notice').count()).toBe(0);
  });

  it('says which agency is unavailable when one is down, never showing its part as empty', async () => {
    await hub.servers.education!.close();
    await openYouth(worker);
    await worker.locator('section[data-agency="education"] [data-testid="unavailable"]').waitFor();
    expect(await worker.locator('.unavailable-summary').innerText()).toContain('Education');
    await accessible(worker, '14-youth-agency-unavailable');
  });

  it('says the registry is unavailable when it is down, never "youth not found"', async () => {
    await hub.servers.mdt!.close();
    await worker.goto(`${hub.url}/youths/${youthId}`);
    await worker.getByRole('heading', { name: 'The youth’s record could not be loaded' }).waitFor();
    expect(await worker.getByTestId('unavailable').innerText()).toContain('The registry is not answering');
    expect(await worker.getByText('Youth not found').count()).toBe(0);
    await accessible(worker, '16-youth-registry-unavailable');
  });
});
