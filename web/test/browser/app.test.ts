import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startHub, type Hub } from '../../../tests/src/hub.ts';
import { ensureWebBuilt } from '../../scripts/ensure-built.ts';
import { chromiumPresent, launch, LOADED_CI_TIMEOUT, screenshot } from './browser.ts';
import { expectClean, fieldIn, hiddenIn, openYouth, signIn as signInAt, tick } from './pages.ts';

// The whole hub in this process (PGlite), the built app served by its gateway, driven in Chromium.
// Every page is checked at 1440 and 390 px (axe, no horizontal scrolling, no CSP violation).
const run = chromiumPresent();
let hub: Hub;
let browser: Browser;
let youthId: string;
const contexts: BrowserContext[] = [];
const signIn = (persona: string, opts?: { keyboard?: boolean; check?: string }) =>
  signInAt(browser, hub.url, persona, contexts, opts);
const open = (page: Page, id = youthId) => openYouth(page, hub.url, id);

describe.runIf(run)('the web app in Chromium', () => {
  beforeAll(async () => {
    ensureWebBuilt();
    // Personas sign in at the embedded OpenID provider, as in npm start's demo.
    hub = await startHub({ youths: 12, identity: true });
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
    worker = await signIn('sw-garcia', { keyboard: true, check: '00-signin' });
    const items = worker.locator('table.app-caseload tbody tr');
    await items.first().waitFor();
    const total = Number((await worker.getByText(/^\d+ youths?/).innerText()).split(' ')[0]);
    expect(total).toBeGreaterThan(1);
    await expectClean(worker, '01-caseload-sw-garcia');
    // Search by the initials of the first youth listed: it is found again.
    const first = (await items.first().locator('a').innerText()).trim();
    await worker.getByLabel('Search', { exact: true }).fill(first.split(' ')[0]!.replace('.', ''));
    await worker.getByLabel('Search', { exact: true }).press('Enter');
    await worker.getByText(/matching/).waitFor();
    expect(await items.locator('a').allInnerTexts()).toContain(first);
  });

  it('shows the social worker her youth, each hidden part in one notice with its reason, rule and legal basis', async () => {
    await open(worker);
    expect(await hiddenIn(worker, 'childWelfare', 'PLACEMENT').count()).toBe(0);
    await fieldIn(worker, 'childWelfare', 'placements').waitFor();
    const hidden = worker.locator('[data-testid="hidden"]');
    expect(await hidden.count()).toBeGreaterThan(0);
    expect(await hidden.first().getAttribute('data-reason')).toMatch(/^[A-Z_]+$/);
    expect(await worker.getByTestId('hidden-rule').first().innerText()).toMatch(/: rule \S+; legal basis: \S+/);
    // One notice per section, never a block per field.
    for (const section of await worker.locator('section[data-agency]').all())
      expect(await section.locator('[data-testid="hidden-notice"]').count()).toBeLessThanOrEqual(1);
    expect(await worker.getByTestId('service-plan-summary').innerText()).toMatch(
      /^\d+ needs? identified; \d+ services? received; \d+ not yet received\.$/,
    );
    // No raw values: no SCREAMING_SNAKE enum, no ISO instant, on the page a worker reads.
    const text = await worker.locator('main').innerText();
    expect(text).not.toMatch(/\b[A-Z]{2,}_[A-Z_]+\b/);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}/);
    await expectClean(worker, '02-youth-sw-garcia');
  });

  it('shows the survivor mentor placements as hidden until a consent names her agency, with no error box', async () => {
    mentor = await signIn('mentor-lee');
    // Her caseload: names she may not see read as a stable label with the reason, never as an error.
    await mentor.locator('table.app-caseload tbody tr').first().waitFor();
    expect(await mentor.locator('.usa-alert--error').count()).toBe(0);
    for (const name of await mentor.locator('table.app-caseload tbody tr a').allInnerTexts())
      expect(name).toMatch(/^(Youth [0-9A-F]{4}|[A-Z]\. [A-Z]\.)$/);
    await expectClean(mentor, '03a-caseload-mentor-lee');
    await open(mentor);
    const hidden = hiddenIn(mentor, 'childWelfare', 'PLACEMENT');
    expect(await hidden.getAttribute('data-reason')).toBe('CONSENT_REQUIRED');
    const notice = mentor.locator('section[data-agency="childWelfare"] [data-testid="hidden-notice"]');
    expect(await notice.innerText()).toContain('Needs the youth’s consent naming your agency');
    expect(await notice.innerText()).toContain('A signed consent from the youth naming Community partners.');
    // She may ask for emergency access (she is on the team), behind a button.
    expect(await mentor.getByRole('button', { name: 'Request emergency access' }).count()).toBe(1);
    expect(await mentor.getByLabel('Reason (20 to 2000 characters)').count()).toBe(0);
    await expectClean(mentor, '03-youth-mentor-lee-before-consent');
  });

  it('records a consent with a validated form, printable before it is recorded, and the mentor then sees the placements', async () => {
    await worker.goto(`${hub.url}/youths/${youthId}/consents`);
    await worker.getByRole('heading', { name: 'Record a consent' }).waitFor();
    // Never offered: what no consent can open, and the audit purpose.
    for (const label of ['Attorney-client communications', 'Psychotherapy notes', 'Audit'])
      expect(await worker.locator('form label', { hasText: new RegExp(`^${label}$`) }).count()).toBe(0);
    expect(await worker.getByTestId('recorder').innerText()).toBe(
      'Recorded by: Dana Garcia, Social worker (Child Welfare)',
    );
    await worker.getByRole('button', { name: 'Record consent' }).click();
    await worker.getByText('Choose at least one kind of record.').first().waitFor();
    await expectClean(worker, '04-consent-form-errors');
    await tick(worker, 'Records it opens', 'Placements');
    await tick(worker, 'Agencies it names', 'Community partners');
    await worker.getByLabel('Last day (leave empty if open-ended)').fill('2099-06-01');
    expect(await worker.getByTestId('period-preview').innerText()).toMatch(/through Jun 1, 2099\.$/);
    // Printed for signature before it is recorded: the authorization alone, with its terms.
    await worker.getByRole('button', { name: 'Print for signature' }).click();
    await worker.emulateMedia({ media: 'print' });
    expect(await worker.getByTestId('authorization').isVisible()).toBe(true);
    expect(await worker.getByTestId('in-effect').innerText()).toContain('through Jun 1, 2099');
    expect(await worker.getByRole('heading', { name: 'Record a consent' }).isVisible()).toBe(false);
    expect(await worker.locator('.usa-header').isVisible()).toBe(false);
    await screenshot(worker, '04b-consent-draft-printed');
    await worker.emulateMedia({ media: 'screen' });
    await worker.getByLabel('Signed form reference').fill('CSEC-ROI-2026-0777');
    await worker.getByRole('button', { name: 'Record consent' }).click();
    await worker.getByText('Consent recorded.').waitFor();
    const recorded = worker.locator('[data-status="ACTIVE"]', { hasText: 'CSEC-ROI-2026-0777' });
    expect(await recorded.innerText()).toMatch(/through Jun 1, 2099\.[\s\S]*recorded by Dana Garcia on /);
    expect(await worker.locator('main').innerText()).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    await expectClean(worker, '05-consents-recorded');
    await recorded.getByRole('link', { name: 'Printable summary for signature' }).click();
    await worker.getByRole('heading', { name: 'Authorization to share information with the MDT' }).waitFor();
    await expectClean(worker, '06-consent-print');
    // As printed: the app's header and buttons are gone, the terms and signature lines remain.
    await worker.emulateMedia({ media: 'print' });
    expect(await worker.locator('.usa-header').isVisible()).toBe(false);
    expect(await worker.getByText('Signature of the person giving consent').isVisible()).toBe(true);
    await screenshot(worker, '06b-consent-printed');
    await worker.emulateMedia({ media: 'screen' });

    await open(mentor);
    expect(await hiddenIn(mentor, 'childWelfare', 'PLACEMENT').count()).toBe(0);
    await fieldIn(mentor, 'childWelfare', 'placements').waitFor();
    await expectClean(mentor, '07-youth-mentor-lee-with-consent');
  });

  it('revokes the consent, and the mentor sees the placements hidden again at once', async () => {
    await worker.goto(`${hub.url}/youths/${youthId}/consents`);
    const active = worker.locator('[data-status="ACTIVE"]', { hasText: 'CSEC-ROI-2026-0777' });
    await active.getByLabel('Reason for revoking').fill('The youth withdrew it at the meeting');
    await active.getByRole('button', { name: 'Revoke' }).click();
    await worker.getByText('Consent revoked: it opens nothing from now on.').waitFor();
    await open(mentor);
    expect(await hiddenIn(mentor, 'childWelfare', 'PLACEMENT').getAttribute('data-reason')).toBe('CONSENT_REQUIRED');
  });

  it('gives the mentor emergency access with a reason, and opens the page under it at once, flagged for review', async () => {
    await mentor.getByRole('button', { name: 'Request emergency access' }).click();
    await mentor.getByRole('button', { name: 'Request emergency access' }).click();
    await mentor.getByText(/Give at least 20 characters/).waitFor();
    await mentor
      .getByLabel('Reason (20 to 2000 characters)')
      .fill('Youth missing overnight; need the current placement.');
    await mentor.getByRole('button', { name: 'Request emergency access' }).click();
    await mentor.getByTestId('emergency-grant').waitFor();
    expect(await mentor.getByTestId('countdown').innerText()).toMatch(/^\d+:\d\d:\d\d$/);
    expect(await mentor.getByTestId('emergency-grant').innerText()).toContain('Flagged for privacy review');
    // No second click: the purpose is already EMERGENCY, the banner says so, the placements are open.
    await mentor.getByText('Emergency purpose: every read is flagged for privacy review.').waitFor();
    await mentor.getByText('You are working under the emergency purpose.').waitFor();
    expect(await mentor.locator('#purpose').inputValue()).toBe('EMERGENCY');
    await expect
      .poll(() => fieldIn(mentor, 'childWelfare', 'placements').count(), { timeout: LOADED_CI_TIMEOUT })
      .toBe(1);
    await expectClean(mentor, '08-emergency-grant');
  });

  it('offers emergency access only to members of the youth’s team', async () => {
    // A youth the worker's agency serves but whose team she is not on.
    const Q = `query { youths(first: 100) { edges { node { id team { personId } } } } }`;
    const { json } = await hub.query('sw-garcia', Q);
    const off = (json.data.youths.edges as { node: { id: string; team: { personId: string }[] | null } }[]).find(
      (e) => !e.node.team?.some((m) => m.personId === 'sw-garcia'),
    );
    expect(off).toBeDefined();
    await open(worker, off!.node.id);
    expect(await worker.getByRole('button', { name: 'Request emergency access' }).count()).toBe(0);
    await open(worker);
    expect(await worker.getByRole('button', { name: 'Request emergency access' }).count()).toBe(1);
  });

  it('prints the summary without the app’s chrome, forms or buttons', async () => {
    await open(worker);
    await worker.emulateMedia({ media: 'print' });
    for (const hiddenInPrint of ['.usa-header', 'form', 'button', '.usa-breadcrumb'])
      expect([
        hiddenInPrint,
        await worker
          .locator(hiddenInPrint)
          .evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length),
      ]).toEqual([hiddenInPrint, 0]);
    expect(await worker.locator('section[data-agency="childWelfare"]').isVisible()).toBe(true);
    await screenshot(worker, '09b-youth-printed');
    await worker.emulateMedia({ media: 'screen' });
  });

  it("lets the privacy officer find the mentor's reads in the accounting, and use the rest of the console", async () => {
    const officer = await signIn('privacy-shah');
    await officer.getByLabel('Find the youth: name, agency local id or hub id').fill(youthId);
    await officer.getByRole('button', { name: 'Find youth' }).click();
    await officer.locator(`button[data-youth="${youthId}"]`).click();
    await officer.getByLabel('Viewer id (optional)').fill('mentor-lee');
    await officer.getByRole('button', { name: 'Show accounting' }).click();
    const rows = officer.locator('[data-part="childWelfare"] tr[data-viewer="mentor-lee"]');
    await rows.first().waitFor();
    // Before the consent, with it, after its revocation: three record reads at least.
    expect(await rows.count()).toBeGreaterThanOrEqual(3);
    expect(await rows.allInnerTexts()).toContainEqual(expect.stringContaining('Placements'));
    expect(await rows.filter({ hasText: 'Emergency grant' }).count()).toBeGreaterThan(0);
    await expectClean(officer, '09-privacy-accounting');

    await officer.getByRole('link', { name: 'Policy matrix' }).click();
    await officer.locator('table.app-matrix').waitFor();
    await expectClean(officer, '10-privacy-policy-matrix');

    await officer.getByRole('link', { name: 'View as' }).click();
    await officer.getByLabel('Youth hub id').fill(youthId);
    await officer.getByLabel('Role').selectOption('SURVIVOR_MENTOR');
    await officer.getByRole('button', { name: 'Show', exact: true }).click();
    await officer.locator('table.app-access').waitFor();
    await expectClean(officer, '11-privacy-view-as');

    await officer.getByRole('link', { name: 'Emergency reviews' }).click();
    await officer.getByText('Youth missing overnight; need the current placement.', { exact: false }).waitFor();
    await expectClean(officer, '12-privacy-review-queue');

    await officer.getByRole('link', { name: 'Audit chains' }).click();
    await officer.locator('table.app-chains').waitFor();
    await expectClean(officer, '13-privacy-audit-chains');
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
    await expectClean(worker, '15-youth-part2-notice');
    await hub.query('sw-garcia', REVOKE, { id: found!.consent });
    await open(worker, found!.youth);
    await hiddenIn(worker, 'health', 'SUBSTANCE_USE').waitFor();
    expect(await worker.getByTestId('part2-notice').count()).toBe(0);
  });

  it('says which agency is unavailable when one is down, never showing its part as empty', async () => {
    await hub.servers.education!.close();
    await open(worker);
    await worker.locator('section[data-agency="education"] [data-testid="unavailable"]').waitFor();
    expect(await worker.locator('.app-unavailable-summary').innerText()).toContain('Education');
    await expectClean(worker, '14-youth-agency-unavailable');
  });

  it('says the registry is unavailable when it is down, never "youth not found"', async () => {
    await hub.servers.mdt!.close();
    await worker.goto(`${hub.url}/youths/${youthId}`);
    await worker.getByRole('heading', { name: 'The youth’s record could not be loaded' }).waitFor();
    expect(await worker.getByTestId('unavailable').innerText()).toContain('The registry is not answering');
    expect(await worker.getByText('Youth not found').count()).toBe(0);
    await expectClean(worker, '16-youth-registry-unavailable');
  });
});
