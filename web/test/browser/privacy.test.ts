import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startHub, type Hub } from '../../../tests/src/hub.ts';
import { tamperDisclosureRow } from '../../../tests/src/tamper.ts';
import { ensureWebBuilt } from '../../scripts/ensure-built.ts';
import { ARTIFACTS, chromiumPresent, launch } from './browser.ts';
import { expectClean, signIn as signInAt } from './pages.ts';

// The privacy office (issue 18): a youth found by name, the accounting filtered to Health and
// released only, the statement printed; the chain's verdict
// turns to broken after a row is changed. Screenshots at 1440 and 390 px also go to /tmp/shots-privacy.
const SHOTS = '/tmp/shots-privacy';
const run = chromiumPresent();
let hub: Hub;
let browser: Browser;
let youthId: string;
const contexts: BrowserContext[] = [];
const signIn = (persona: string) => signInAt(browser, hub.url, persona, contexts);
const RECORD = `query ($id: ID!) { youth(id: $id) { health { mentalHealth { treatmentStatus } physicalHealth { lastExamOn } } } }`;

async function clean(page: Page, name: string) {
  await expectClean(page, name);
  await mkdir(SHOTS, { recursive: true });
  for (const width of [1440, 390])
    await copyFile(join(ARTIFACTS, `${name}-${width}.png`), join(SHOTS, `${name}-${width}.png`));
}

describe.runIf(run)('the privacy office in Chromium', () => {
  beforeAll(async () => {
    ensureWebBuilt();
    hub = await startHub({ youths: 12, identity: true });
    youthId = hub.world.youths[1]!.id; // every persona is on this youth's team
    browser = await launch();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await hub?.close();
  });

  it('finds a youth by name, filters to Health and released only, and prints the statement', async () => {
    for (const who of ['clin-okafor', 'phn-silva', 'po-nguyen']) await hub.query(who, RECORD, { id: youthId });
    const youth = hub.world.youths[1]!;
    const officer = await signIn('privacy-shah');
    await officer.getByLabel('Find the youth: name, agency local id or hub id').fill(youth.familyName);
    await officer.getByRole('button', { name: 'Find youth' }).click();
    await officer.locator(`button[data-youth="${youthId}"]`).click();
    for (const agency of [
      'MDT hub registry',
      'Child Welfare',
      'Probation',
      'Education',
      'District Attorney',
      'Public Defender',
    ]) {
      await officer
        .getByRole('group', { name: 'Agencies' })
        .locator('label', { hasText: new RegExp(`^${agency}$`) })
        .click();
    }
    await officer.getByLabel('Outcome').selectOption('RELEASED');
    await officer.getByRole('button', { name: 'Show accounting' }).click();
    const rows = officer.locator('[data-part="health"] tr[data-viewer]');
    await rows.first().waitFor();
    expect(await officer.locator('[data-part="probation"]').count()).toBe(0);
    const viewers = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-viewer')));
    expect(viewers.length).toBeGreaterThan(0);
    expect(viewers).not.toContain('privacy-shah'); // the officer's reads are listed apart
    for (const text of await rows.locator('td[data-label="Released"]').allInnerTexts()) expect(text).not.toBe('—');
    expect(await rows.first().locator('td[data-label="Rule and legal basis"]').innerText()).toMatch(
      /Released .+: \S+ \(/,
    );
    await officer.locator('[data-part="own"] tr[data-access="ACCOUNTING"]').first().waitFor();
    await clean(officer, 'privacy-accounting-health-released');

    await officer.getByRole('button', { name: 'Produce statement for the youth' }).click();
    const statement = officer.locator('.app-statement');
    await statement.locator('tr[data-viewer]').first().waitFor();
    expect(await statement.locator('tr[data-viewer]').count()).toBe(viewers.length);
    expect(await statement.innerText()).toContain('45 CFR 164.528');
    await clean(officer, 'privacy-statement');
    await officer.emulateMedia({ media: 'print' });
    expect(await officer.locator('h1').isVisible()).toBe(false);
    expect(await officer.locator('#accounting-title').isVisible()).toBe(false);
    expect(await statement.isVisible()).toBe(true);
    await officer.screenshot({ path: join(SHOTS, 'privacy-statement-printed.png'), fullPage: true });
    await officer.emulateMedia({ media: 'screen' });
  });

  it('shows each chain intact, then broken at the changed row', async () => {
    const officer = await signIn('privacy-shah');
    await officer.getByRole('link', { name: 'Audit chains' }).click();
    await officer.locator('tr[data-part="health"][data-verdict="INTACT"]').waitFor();
    await clean(officer, 'privacy-chains-intact');
    await tamperDisclosureRow(hub.databases.health!, 2, 'EMERGENCY');
    await officer.getByRole('button', { name: 'Verify again' }).click();
    const broken = officer.locator('tr[data-part="health"][data-verdict="BROKEN"]');
    await broken.waitFor();
    expect(await broken.innerText()).toContain('Row 2: row 2 was modified after it was written');
    expect(await officer.locator('tr[data-part="probation"]').getAttribute('data-verdict')).toBe('INTACT');
    await clean(officer, 'privacy-chains-broken');
  });
});
