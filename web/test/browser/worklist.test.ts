import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { youthLabel } from '@hub/policies/vocabulary';
import { startHub, type Hub } from '../../../tests/src/hub.ts';
import { ensureWebBuilt } from '../../scripts/ensure-built.ts';
import { chromiumPresent, launch } from './browser.ts';
import { expectClean, openYouth, signIn as signInAt } from './pages.ts';

// The caseload as a worklist (issue 16, item 1) and missing youths (item 2), in Chromium at 1440
// and 390 px: axe, no horizontal scrolling, no CSP violation on every page checked.
const run = chromiumPresent();
let hub: Hub;
let browser: Browser;
const contexts: BrowserContext[] = [];
const signIn = (persona: string) => signInAt(browser, hub.url, persona, contexts);
const rows = (page: Page) => page.locator('table.app-caseload tbody tr');

describe.runIf(run)('the worklist caseload in Chromium', () => {
  beforeAll(async () => {
    ensureWebBuilt();
    hub = await startHub({ youths: 12, identity: true });
    browser = await launch();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await hub?.close();
  });

  it("shows the survivor mentor's caseload with no error box, every row named or labelled, hidden cells saying why", async () => {
    const mentor = await signIn('mentor-lee');
    await rows(mentor).first().waitFor();
    expect(await mentor.locator('.usa-alert--error').count()).toBe(0);
    const names = await rows(mentor).locator('th[scope="row"] a').allInnerTexts();
    expect(names.length).toBe(await rows(mentor).count());
    for (const name of names) expect(name).toMatch(/^(Youth [0-9A-F]{4}|[A-Z]\. [A-Z]\.)$/);
    // A hidden cell is blank, and says why on keyboard focus.
    const hidden = mentor.locator('.app-why__button').first();
    expect(await hidden.count()).toBe(1);
    await hidden.focus();
    const tip = mentor.locator('.app-why:focus-within [role="tooltip"]');
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.innerText()).toMatch(/hidden\. .+: .+\.$/);
    const text = await mentor.locator('main').innerText();
    expect(text).not.toMatch(/\b[A-Z]{2,}_[A-Z_]+\b/);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}/);
    await mentor.locator('main h1').focus();
    await expectClean(mentor, 'worklist-mentor-lee');
  });

  it('flags the missing youth for the social worker, with how long and her own agency’s reporting clocks', async () => {
    const worker = await signIn('sw-garcia');
    await rows(worker).first().waitFor();
    const missingId = hub.world.youths[1]!.id;
    const row = worker.locator(`tr[data-youth="${missingId}"]`);
    expect(await row.getAttribute('data-missing-now')).toBe('true');
    const cell = row.locator('td[data-label="Missing now"]');
    expect(await cell.innerText()).toMatch(/Missing \d+ days?/);
    expect(await cell.locator('[data-clock="NCMEC"]').count()).toBe(1);
    await expectClean(worker, 'worklist-sw-garcia');
    // Only the missing: every row left is flagged.
    await worker.getByText('Only youths missing now').click();
    const left = await rows(worker).count();
    expect(left).toBeGreaterThan(0);
    for (const r of await rows(worker).all()) expect(await r.getAttribute('data-missing-now')).toBe('true');
    await worker.getByText('Only youths missing now').click();
    // Search by the readable label finds the youth.
    const label = youthLabel(missingId);
    await worker.getByLabel('Search', { exact: true }).fill(label);
    await worker.getByLabel('Search', { exact: true }).press('Enter');
    await worker.getByText(/matching/).waitFor();
    expect(await worker.locator(`tr[data-youth="${missingId}"]`).count()).toBe(1);
    // The scope filter: the youths of her MDTs only.
    await worker.getByLabel('Search', { exact: true }).fill('');
    await worker.getByRole('button', { name: 'Clear' }).click();
    await worker.getByLabel('Show').selectOption('ON_MY_TEAM');
    await worker.locator(`tr[data-youth="${missingId}"]`).waitFor();
    await expectClean(worker, 'worklist-sw-garcia-my-team');
  });

  it('flags the missing youth at the top of the summary, with how long and the clocks, and not a youth who is not missing', async () => {
    const worker = await signIn('sw-garcia');
    const missingId = hub.world.youths[1]!.id;
    await openYouth(worker, hub.url, missingId);
    const flag = worker.getByTestId('missing-now');
    expect(await flag.innerText()).toMatch(/Missing \d+ days?.*, since [A-Z][a-z]{2} \d+, \d{4}, .+ \(Child Welfare\)/);
    expect(await flag.locator('[data-clock="NCMEC"]').count()).toBe(1);
    // Shown once, at the top, not again as a field of the section.
    expect(await worker.locator('section[data-agency="childWelfare"] [data-field="missingNow"]').count()).toBe(0);
    expect(await worker.locator('.usa-alert--error:not([data-testid="missing-now"])').count()).toBe(0);
    await expectClean(worker, 'summary-missing-sw-garcia');
    await openYouth(worker, hub.url, hub.world.youths[0]!.id);
    expect(await worker.getByTestId('missing-now').count()).toBe(0);
  });

  it("shows the last CSEC screening on the caseload and each agency's latest on the summary, an overdue rescreen flagged", async () => {
    const worker = await signIn('sw-garcia');
    await rows(worker).first().waitFor();
    const screenedId = hub.world.youths[0]!.id;
    const cell = worker.locator(`tr[data-youth="${screenedId}"] td[data-label="Last screening"]`);
    expect(await cell.innerText()).toMatch(
      /^Clear concern, [A-Z][a-z]{2} \d+, \d{4} \(Child Welfare\)\s*Rescreen overdue$/,
    );
    expect(await cell.locator('[data-rescreen-overdue="true"]').count()).toBe(1);
    await expectClean(worker, 'worklist-screening-sw-garcia');
    await openYouth(worker, hub.url, screenedId);
    const latest = worker.locator('section[data-agency="childWelfare"] [data-field="latestCsecScreening"]');
    expect(await latest.innerText()).toMatch(/Clear concern on .+ \(.+, by .+\).*rescreen overdue since/);
    await expectClean(worker, 'summary-screening-sw-garcia');
    // The mentor may not see CSEC indicators: the column is blank with the reason, never an error box.
    const mentor = await signIn('mentor-lee');
    await rows(mentor).first().waitFor();
    const hidden = mentor.locator(`tr[data-youth="${screenedId}"] td[data-label="Last screening"]`);
    expect(await hidden.locator('[data-hidden="Last screening"]').count()).toBe(1);
    expect(await mentor.locator('.usa-alert--error').count()).toBe(0);
  });
});
