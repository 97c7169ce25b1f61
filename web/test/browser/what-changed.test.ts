import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { sql } from 'drizzle-orm';
import { countyDate, countyTimeZone } from '@hub/subgraph-kit';
import { startHub, type Hub } from '../../../tests/src/hub.ts';
import { ensureWebBuilt } from '../../scripts/ensure-built.ts';
import { chromiumPresent, launch } from './browser.ts';
import { expectClean, openYouth, signIn as signInAt } from './pages.ts';

// What changed (issue 16, item 4), in Chromium at 1440 and 390 px: the summary's "since you last
// looked" strip lists an event added after the viewer's last look and nothing of a category she
// may not see, and so does its other view, since the last MDT meeting; the caseload marks the youth. Axe, no horizontal scrolling, no CSP violation.
const run = chromiumPresent();
let hub: Hub;
let browser: Browser;
const contexts: BrowserContext[] = [];
const signIn = (persona: string) => signInAt(browser, hub.url, persona, contexts);
const strip = (page: Page) => page.getByTestId('since-last-look');

describe.runIf(run)('since you last looked, in Chromium', () => {
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

  it('lists a placement added after the worker last looked, nothing of the health records hidden from her, and marks the youth on the caseload', async () => {
    const worker = await signIn('sw-garcia');
    // A youth child welfare and health both serve, on her caseload.
    const youthId = hub.world.childWelfare
      .map((c) => c.youthId)
      .find((id) => hub.world.youths.find((y) => y.id === id)?.localIds.HEALTH)!;
    expect(youthId).toBeDefined();
    await openYouth(worker, hub.url, youthId);
    await strip(worker)
      .getByText(/first time you open this summary/)
      .waitFor();

    // After her look: a new placement (hers to see) and a substance-use admission (42 CFR Part 2, not hers).
    const today = countyDate(new Date(), countyTimeZone());
    await hub.databases['child-welfare']!
      .rows(sql`insert into cw_placement (local_id, sequence, kind, provider_name, start_date)
      select local_id, 97, 'SHELTER', 'Harbor Shelter', ${today}::date from cw_case where hub_youth_id = ${youthId}`);
    await hub.databases.health!
      .rows(sql`insert into substance_use_treatment (local_id, program_name, level_of_care, admitted_on, status)
      select local_id, 'Bayview Recovery', 'OUTPATIENT', ${today}::date, 'ACTIVE' from health_patient where hub_youth_id = ${youthId}
      on conflict (local_id) do update set admitted_on = excluded.admitted_on, program_name = excluded.program_name`);

    await openYouth(worker, hub.url, youthId);
    const since = strip(worker);
    await since.locator('li[data-kind="PLACEMENT_STARTED"]').first().waitFor();
    const text = await since.innerText();
    expect(text).toMatch(/You last looked on [A-Z][a-z]{2} \d+, \d{4}, .+\. New since then: 1 event\./);
    expect(text).toMatch(/Placement started: Shelter, Harbor Shelter/);
    const categories = await since
      .locator('li')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-category')));
    expect(categories).not.toContain('SUBSTANCE_USE');
    expect(text).not.toMatch(/Bayview|substance|recovery/i);
    // The hidden admission is in the health section's notice, not in the strip.
    expect(
      await worker
        .locator('section[data-agency="health"] [data-testid="hidden"][data-category="SUBSTANCE_USE"]')
        .count(),
    ).toBe(1);
    expect(text).not.toMatch(/\b[A-Z]{2,}_[A-Z_]+\b/);
    await expectClean(worker, 'since-last-look-sw-garcia');

    // The other view: since the last MDT meeting she was at, the same placement, still nothing hidden.
    await since.getByRole('button', { name: 'Since the last MDT meeting' }).click();
    await since.getByText(/The last MDT meeting was on/).waitFor();
    expect(await since.getAttribute('data-mode')).toBe('meeting');
    expect(await since.getByRole('heading').innerText()).toMatch(/Since the last MDT meeting/);
    expect(await since.getByRole('button', { name: 'Since the last MDT meeting' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await since.locator('li[data-kind="PLACEMENT_STARTED"]').first().waitFor();
    const meetingText = await since.innerText();
    expect(meetingText).toMatch(
      /The last MDT meeting was on [A-Z][a-z]{2} \d+, \d{4}, .+\. New since then: \d+ events?[.,]/,
    );
    expect(meetingText).not.toMatch(/Bayview|substance|recovery/i);
    expect(
      await since.locator('li').evaluateAll((items) => items.map((i) => i.getAttribute('data-category'))),
    ).not.toContain('SUBSTANCE_USE');
    await expectClean(worker, 'since-last-meeting-sw-garcia');

    // The caseload marks the youth she opened, from the lists she may see.
    await worker.goto(`${hub.url}/`);
    const row = worker.locator(`tr[data-youth="${youthId}"]`);
    await row.locator('[data-news="true"]').waitFor();
    expect(await row.getAttribute('data-news')).toBe('true');
    expect(await row.innerText()).toMatch(/New since you looked/);
    await expectClean(worker, 'since-last-look-caseload-sw-garcia');
  });

  it('shows the survivor mentor, who may see none of these records, nothing new from them', async () => {
    const mentor = await signIn('mentor-lee');
    const lean = `{ youths(first: 50) { edges { node { id } } } }`;
    const hers = new Set(
      (await hub.query('mentor-lee', lean)).json.data.youths.edges.map((e: { node: { id: string } }) => e.node.id),
    );
    const youthId = hub.world.childWelfare.map((c) => c.youthId).find((id) => hers.has(id))!;
    await openYouth(mentor, hub.url, youthId);
    await strip(mentor)
      .getByText(/first time you open this summary/)
      .waitFor();
    const today = countyDate(new Date(), countyTimeZone());
    await hub.databases['child-welfare']!
      .rows(sql`insert into cw_runaway_episode (local_id, left_on, started_at, reported_by)
      select local_id, ${today}::date, now() - interval '2 hours', 'Foster parent' from cw_case where hub_youth_id = ${youthId}`);
    await openYouth(mentor, hub.url, youthId);
    const since = strip(mentor);
    await since.getByText(/You last looked on/).waitFor();
    expect(await since.locator('li[data-category="RUNAWAY"], li[data-category="PLACEMENT"]').count()).toBe(0);
    expect(await since.innerText()).not.toMatch(/runaway|left placement|missing/i);
    expect(await mentor.locator('.usa-alert--error:not([data-testid="missing-now"])').count()).toBe(0);
    await expectClean(mentor, 'since-last-look-mentor-lee');
    // Since the last meeting she was at: nothing of the new runaway episode either.
    await since.getByRole('button', { name: 'Since the last MDT meeting' }).click();
    await since.getByText(/The last MDT meeting was on|No MDT meeting of this youth/).waitFor();
    await since.getByText(/New since then|No MDT meeting/).waitFor();
    expect(await since.locator('li[data-category="RUNAWAY"], li[data-category="PLACEMENT"]').count()).toBe(0);
    expect(await since.innerText()).not.toMatch(/runaway|left placement|missing/i);
    await expectClean(mentor, 'since-last-meeting-mentor-lee');
  });

  it.each([
    'sw-garcia',
    'po-nguyen',
    'clin-okafor',
    'phn-silva',
    'school-park',
    'da-reyes',
    'va-mensah',
    'pd-cohen',
    'cbo-james',
    'mentor-lee',
    'coord-ortiz',
  ])("opens %s's summary with the strip, readable, and with no horizontal scrolling at 390 px", async (persona) => {
    const lean = `{ youths(first: 1) { edges { node { id } } } }`;
    const youthId = (await hub.query(persona, lean)).json.data.youths.edges[0].node.id as string;
    const page = await signIn(persona);
    await openYouth(page, hub.url, youthId);
    await strip(page)
      .getByText(/first time you open this summary|You last looked on/)
      .waitFor();
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/\b[A-Z]{2,}_[A-Z_]+\b/);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}(T\d{2})?/);
    expect(text).not.toMatch(/(\b\w+: )\1/);
    expect(text).not.toMatch(/Never shared outside the agency/);
    // The emergency-access form is behind its button, never open on arrival.
    expect(await page.locator('main form textarea').count()).toBe(0);
    await expectClean(page, `summary-${persona}`);
  });
});
