import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { getDocumentProxy } from 'unpdf';
import { startHub, type Hub } from '../../../tests/src/hub.ts';
import { ensureWebBuilt } from '../../scripts/ensure-built.ts';
import { countyWallClock } from '../../src/format/dates.ts';
import { YouthSummaryDocument } from '../../src/generated/graphql.ts';
import { AGENCY_LABEL, CATEGORY_LABEL } from '../../src/labels.ts';
import { chromiumPresent, launch } from './browser.ts';
import { expectClean, signIn } from './pages.ts';

// A member's own view of a meeting (issue 17, items 4 and 7: the brief, my meetings): "My meetings", and each brief as that
// member may see it, built live: a survivor mentor sees the parts hidden from them counted, one line
// of why each, never the data; the youths of teams they are not on are not on their page at all,
// not even counted. And a brief prints on one or two pages.
const run = chromiumPresent();
let hub: Hub;
let browser: Browser;
let mentorYouth: string; // the mentor and the social worker are on this youth's team
let otherYouth: string; // the coordinator's, not the mentor's
let meetingId: string;
let soloMeetingId: string; // the mentor's youth alone: the brief to print
const contexts: BrowserContext[] = [];
const TEAMS = `{ youths(first: 100, scope: ON_MY_TEAM) { edges { node { id team { personId } } } } }`;
const SCHEDULE = `mutation ($input: ScheduleMdtMeetingInput!) { scheduleMdtMeeting(input: $input) { id } }`;

/** A county date and time `days` from now at `hour` o'clock. */
const at = (days: number, hour: number) =>
  `${countyWallClock(new Date(Date.now() + days * 86_400_000), 'America/Los_Angeles').slice(0, 10)}T${String(hour).padStart(2, '0')}:00`;

/** The distinct parts (agency and category) a member's own youth summary is refused, as the hub answers it. */
async function refusedParts(personaId: string, youthId: string): Promise<string[]> {
  const { json } = await hub.query(personaId, String(YouthSummaryDocument), { id: youthId });
  const parts = new Set<string>();
  for (const e of json.errors ?? []) {
    const x = e.extensions ?? {};
    if (x.code === 'FORBIDDEN' && typeof x.category === 'string') parts.add(`${x.agency}|${x.category}`);
  }
  return [...parts];
}

/** The brief's "Hidden from you" lines, once the brief has loaded. */
async function hiddenLines(page: Page, youthId: string): Promise<{ count: number; lines: string[] }> {
  const brief = page.locator(`[data-brief="${youthId}"]`);
  const heading = brief.getByRole('heading', { name: /^Hidden from you: \d+ parts?$/ });
  await heading.waitFor();
  const count = Number((await heading.textContent())!.match(/\d+/)![0]);
  const lines = await brief.locator('h4:has-text("Hidden from you") + ul > li').allTextContents();
  return { count, lines };
}

/** Prints the page as the browser would (print media, US Letter) and counts the PDF's pages. */
async function printedPages(page: Page): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'Letter', printBackground: false });
  await page.emulateMedia({ media: 'screen' });
  return (await getDocumentProxy(new Uint8Array(pdf))).numPages;
}

describe.runIf(run)("a member's own briefs in Chromium", () => {
  beforeAll(async () => {
    ensureWebBuilt();
    hub = await startHub({ youths: 12, identity: true });
    const { json } = await hub.query('coord-ortiz', TEAMS);
    const teams = json.data.youths.edges.map((e: any) => ({
      id: e.node.id as string,
      members: (e.node.team ?? []).map((m: { personId: string }) => m.personId) as string[],
    }));
    mentorYouth = teams.find((t: any) => t.members.includes('mentor-lee') && t.members.includes('sw-garcia'))!.id;
    otherYouth = teams.find((t: any) => !t.members.includes('mentor-lee') && t.id !== mentorYouth)!.id;
    const schedule = async (agenda: { youthId: string; startsAt: string }[]) => {
      const made = await hub.query('coord-ortiz', SCHEDULE, {
        input: { startsAt: agenda[0]!.startsAt, kind: 'MONTHLY', agenda, invitees: ['mentor-lee', 'sw-garcia'] },
      });
      expect(made.json.errors).toBeUndefined();
      return made.json.data.scheduleMdtMeeting.id as string;
    };
    meetingId = await schedule([
      { youthId: mentorYouth, startsAt: at(2, 9) },
      { youthId: otherYouth, startsAt: at(2, 10) },
    ]);
    soloMeetingId = await schedule([{ youthId: mentorYouth, startsAt: at(3, 9) }]);
    browser = await launch();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await hub?.close();
  });

  it('a survivor mentor opens their brief from "My meetings": hidden parts counted with why, no data, no other youth', async () => {
    const mentor = await signIn(browser, hub.url, 'mentor-lee', contexts);
    await mentor.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My meetings' }).click();
    await mentor.getByRole('heading', { level: 1, name: 'My meetings' }).waitFor();
    const listed = mentor.locator(`li[data-meeting="${meetingId}"]`);
    await listed.waitFor();
    // One youth shown, and nothing says that another is on the agenda.
    expect(await listed.textContent()).toMatch(/1 youth on the agenda you are shown:/);
    expect(await listed.textContent()).not.toMatch(/not shown/);
    // A name withheld is no problem to report: the youth goes by their label.
    expect(await mentor.getByText('The hub reported a problem').count()).toBe(0);
    await expectClean(mentor, 'my-meetings');

    await listed.getByRole('link').click();
    await mentor.getByRole('heading', { level: 1, name: /Monthly MDT meeting/ }).waitFor();
    const mine = await hiddenLines(mentor, mentorYouth);
    expect(await mentor.locator('[data-brief]').count()).toBe(1);
    expect(await mentor.locator(`[data-brief="${otherYouth}"]`).count()).toBe(0);
    expect(await mentor.getByText(/not shown/).count()).toBe(0);
    expect(await mentor.getByText('The hub reported a problem').count()).toBe(0);
    // Every part the hub refuses the mentor is counted, one line each naming the agency, the kind of
    // record and why, and nothing more.
    const refused = await refusedParts('mentor-lee', mentorYouth);
    expect(refused.length).toBeGreaterThan(0);
    expect(mine.count).toBe(refused.length);
    expect(mine.lines).toHaveLength(refused.length);
    for (const part of refused) {
      const [agency, category] = part.split('|') as [string, string];
      const line = mine.lines.find((l) =>
        l.startsWith(`${AGENCY_LABEL[agency] ?? agency}: ${CATEGORY_LABEL[category]}.`),
      );
      expect(line, part).toMatch(/^[^:]+: [^.]+\. .+\.$/);
    }
    // The safety plan and the placement are child welfare's: refused to the mentor, so the brief says so.
    const brief = mentor.locator(`[data-brief="${mentorYouth}"]`);
    if (refused.includes('CHILD_WELFARE|SAFETY_PLAN')) await brief.getByText('None you may see.').first().waitFor();
    if (refused.includes('CHILD_WELFARE|PLACEMENT')) await brief.getByText('No placement you may see.').waitFor();
    await expectClean(mentor, 'member-brief');

    // The social worker's brief of the same youth is their own: other parts hidden, other lines.
    const worker = await signIn(browser, hub.url, 'sw-garcia', contexts);
    await worker.goto(`${hub.url}/meetings/${meetingId}`);
    const theirs = await hiddenLines(worker, mentorYouth);
    expect(theirs.count).toBe((await refusedParts('sw-garcia', mentorYouth)).length);
    expect(theirs.lines).not.toEqual(mine.lines);
  });

  it('the brief prints on one or two pages, for the mentor and for the social worker', async () => {
    for (const personaId of ['mentor-lee', 'sw-garcia']) {
      const page = await signIn(browser, hub.url, personaId, contexts);
      await page.goto(`${hub.url}/meetings/${soloMeetingId}`);
      await hiddenLines(page, mentorYouth);
      await page.locator(`[data-brief="${mentorYouth}"] h4`, { hasText: 'Since the previous meeting' }).waitFor();
      const pages = await printedPages(page);
      expect(pages, `${personaId}'s brief printed on ${pages} pages`).toBeLessThanOrEqual(2);
      // The print carries the brief, not the app: no header, no forms, no buttons.
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('header.usa-header').isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'Print the briefs' }).isVisible()).toBe(false);
      expect(await page.locator(`[data-brief="${mentorYouth}"]`).isVisible()).toBe(true);
      await page.emulateMedia({ media: 'screen' });
    }
  });
});
