import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { startHub, type Hub } from '../../../tests/src/hub.ts';
import { meetingUnderWay } from '../../../tests/src/meetings.ts';
import { ensureWebBuilt } from '../../scripts/ensure-built.ts';
import { countyWallClock } from '../../src/format/dates.ts';
import { chromiumPresent, launch } from './browser.ts';
import { expectClean, signIn } from './pages.ts';

// The coordinator's meeting page (issue 17, item 7): from the header to a meeting under way, each
// youth's brief as the coordinator may see it, a note recorded, attendance recorded.
const run = chromiumPresent();
let hub: Hub;
let browser: Browser;
let youthId: string;
let meetingId: string;
const contexts: BrowserContext[] = [];
const SCHEDULED = `query ($id: ID!) { mdtMeeting(id: $id) { startsAtLocal agenda { youth { id } } invitees { sub } } }`;
const WORK = `query ($id: ID!) { youth(id: $id) {
  mdtNotes(first: 100) { edges { node { text currentText amendments { reason amendedBySub } } } }
  actionItems(first: 100) { edges { node { text meetingId ownerSub dueOn status statusNote } } } } }`;
const MEETING = `query ($id: ID!) { mdtMeeting(id: $id) { attendance { sub } agenda { notes { currentText } } } }`;

describe.runIf(run)('the MDT meeting page in Chromium', () => {
  beforeAll(async () => {
    ensureWebBuilt();
    hub = await startHub({ youths: 12, identity: true });
    youthId = hub.world.youths[0]!.id;
    meetingId = await meetingUnderWay(
      hub,
      [youthId],
      [{ sub: 'sw-garcia', name: 'Dana Garcia', agency: 'CHILD_WELFARE', role: 'CW_SOCIAL_WORKER' }],
    );
    browser = await launch();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await hub?.close();
  });

  it('the coordinator opens the meeting, reads the brief, records a note and the attendance', async () => {
    const coordinator = await signIn(browser, hub.url, 'coord-ortiz', contexts);
    await coordinator.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'MDT meetings' }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'MDT meetings' }).waitFor();
    await coordinator.locator(`li[data-meeting="${meetingId}"] a`).click();
    await coordinator.getByRole('heading', { level: 1, name: /Monthly MDT meeting/ }).waitFor();
    const brief = coordinator.locator(`[data-brief="${youthId}"]`);
    await brief.getByRole('heading', { name: /Hidden from you/ }).waitFor();
    await brief.getByRole('heading', { name: 'Safety plan' }).waitFor();
    await expectClean(coordinator, 'meeting');

    // A note: empty first (a clear sentence), then recorded.
    await coordinator.getByRole('button', { name: 'Record note' }).click();
    await coordinator.getByText('Write the note before recording it.').waitFor();
    await expectClean(coordinator, 'meeting-errors');
    await coordinator.getByLabel('Record a note of this discussion').fill('The team reviewed the safety plan.');
    await coordinator.getByRole('button', { name: 'Record note' }).click();
    await coordinator.getByText(/The team reviewed the safety plan\. \(Marisol Ortiz/).waitFor();

    await coordinator
      .getByRole('group', { name: 'Who attended' })
      .locator('label', { hasText: /^Dana Garcia/ })
      .click();
    await coordinator.getByRole('button', { name: 'Record attendance' }).click();
    await coordinator.getByText(/^Last recorded/).waitFor();
    const { json } = await hub.query('coord-ortiz', MEETING, { id: meetingId });
    expect(json.data.mdtMeeting.attendance).toEqual([{ sub: 'sw-garcia' }]);
    expect(json.data.mdtMeeting.agenda[0].notes).toEqual([{ currentText: 'The team reviewed the safety plan.' }]);

    // The youth summary carries the MDT's notes and action items, with the WIC 830 line.
    await coordinator.locator(`section[aria-labelledby="slot-${youthId}"] h2 a`).click();
    await coordinator.getByRole('heading', { level: 2, name: 'MDT notes and action items' }).waitFor();
    const work = coordinator.locator(`[data-mdt-work="${youthId}"]`);
    await work.getByText(/^The team reviewed the safety plan\. \(Marisol Ortiz/).waitFor();
    await work.getByText(/WIC 830/).waitFor();
    await expectClean(coordinator, 'youth-mdt-work');
  });

  it('the coordinator amends a note, records an action item for a team member and closes one; errors are sentences', async () => {
    const coordinator = await signIn(browser, hub.url, 'coord-ortiz', contexts);
    await coordinator.goto(`${hub.url}/meetings/${meetingId}`);
    const slot = coordinator.locator(`section[aria-labelledby="slot-${youthId}"]`);
    await slot
      .locator(`[data-brief="${youthId}"]`)
      .getByRole('heading', { name: /Hidden from you/ })
      .waitFor();

    // Amend the note recorded above: the original stays, with who amended it and why.
    const note = slot.locator('li[data-note]', { hasText: 'The team reviewed the safety plan.' });
    await note.getByRole('button', { name: /^Amend/ }).click();
    const amend = note.getByRole('form', { name: 'Amend the note' });
    await amend.getByLabel('The note as amended').fill('');
    await amend.getByRole('button', { name: 'Record the amendment' }).click();
    await amend.getByText('Write the note as amended.').waitFor();
    await amend.getByText('Say why the note is amended.').waitFor();
    await expectClean(coordinator, 'meeting-amend-errors');
    await amend.getByLabel('The note as amended').fill('The team reviewed the safety plan and the school plan.');
    await amend.getByLabel('Why it is amended').fill('The school plan was discussed too.');
    await amend.getByRole('button', { name: 'Record the amendment' }).click();
    const amended = slot.locator('li[data-note]', { hasText: 'and the school plan.' });
    await amended.getByText('Originally recorded by Marisol Ortiz: “The team reviewed the safety plan.”').waitFor();
    await amended.getByText(/^Amended by Marisol Ortiz on .*: The school plan was discussed too\.$/).waitFor();

    // A new action item: each missing field said in a sentence, then recorded for a team member.
    await slot.getByRole('button', { name: /^Add an action item/ }).click();
    const item = slot.getByRole('form', { name: 'New action item' });
    await item.getByRole('button', { name: 'Record the action item' }).click();
    await item.getByText('Say what is to be done.').waitFor();
    await item.getByText('Choose who owns the action item.').waitFor();
    await item.getByText('Give the due date.').waitFor();
    await expectClean(coordinator, 'meeting-item-errors');
    const inThreeDays = countyWallClock(new Date(Date.now() + 3 * 86_400_000), 'America/Los_Angeles').slice(0, 10);
    await item.getByLabel('What is to be done').fill('Ask the placement about the new curfew.');
    await item.getByLabel('Owner').selectOption('sw-garcia');
    await item.getByLabel('Due date').fill(inThreeDays);
    await item.getByRole('button', { name: 'Record the action item' }).click();
    const open = slot.locator('li[data-action-item]', { hasText: 'Ask the placement about the new curfew.' });
    await open.waitFor();
    await expectClean(coordinator, 'meeting-item');

    // Closing it: dropped needs a reason.
    await open.getByRole('button', { name: /^Close/ }).click();
    const close = open.getByRole('form', { name: 'Close the action item' });
    await close.getByRole('button', { name: 'Close the action item' }).click();
    await close.getByText('Choose the new status.').waitFor();
    await close.locator('label', { hasText: /^Dropped$/ }).click();
    await close.getByRole('button', { name: 'Close the action item' }).click();
    await close.getByText('Say why the action item is dropped.').waitFor();
    await expectClean(coordinator, 'meeting-close-errors');
    await close.getByLabel('Why it is dropped').fill('The placement changed its rules already.');
    await close.getByRole('button', { name: 'Close the action item' }).click();
    await open.waitFor({ state: 'detached' });

    const { json } = await hub.query('coord-ortiz', WORK, { id: youthId });
    const notes = json.data.youth.mdtNotes.edges.map((e: any) => e.node);
    expect(notes).toContainEqual({
      text: 'The team reviewed the safety plan.',
      currentText: 'The team reviewed the safety plan and the school plan.',
      amendments: [{ reason: 'The school plan was discussed too.', amendedBySub: 'coord-ortiz' }],
    });
    expect(json.data.youth.actionItems.edges.map((e: any) => e.node)).toContainEqual({
      text: 'Ask the placement about the new curfew.',
      meetingId,
      ownerSub: 'sw-garcia',
      dueOn: inThreeDays,
      status: 'DROPPED',
      statusNote: 'The placement changed its rules already.',
    });
  });

  it('the coordinator schedules a meeting with the agenda builder; errors are sentences', async () => {
    const coordinator = await signIn(browser, hub.url, 'coord-ortiz', contexts);
    await coordinator.goto(`${hub.url}/meetings`);
    await coordinator.getByRole('link', { name: 'Schedule a meeting' }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'Schedule a meeting' }).waitFor();
    await coordinator.getByRole('button', { name: 'Schedule the meeting' }).click();
    await coordinator.getByText('Enter the date and time of the meeting.').waitFor();
    await coordinator.getByText('Choose at least one youth for the agenda.').waitFor();
    await expectClean(coordinator, 'schedule-errors');

    const inAWeek = countyWallClock(new Date(Date.now() + 7 * 86_400_000), 'America/Los_Angeles').slice(0, 10);
    await coordinator.getByLabel('Starts at').fill(`${inAWeek}T09:00`);
    const youths = coordinator.getByRole('group', { name: 'Youths on the agenda' });
    await youths.locator('label').first().click();
    const invite = coordinator.getByRole('group', { name: 'Members to invite' });
    await invite.locator('label').first().click();
    await expectClean(coordinator, 'schedule');
    await coordinator.getByRole('button', { name: 'Schedule the meeting' }).click();
    await coordinator.getByRole('heading', { level: 1, name: /Monthly MDT meeting/ }).waitFor();
    const id = coordinator.url().split('/meetings/')[1]!;
    const { json } = await hub.query('coord-ortiz', SCHEDULED, { id });
    expect(json.data.mdtMeeting.startsAtLocal).toBe(`${inAWeek}T09:00`);
    expect(json.data.mdtMeeting.agenda).toHaveLength(1);
    expect(json.data.mdtMeeting.invitees).toHaveLength(1);
  });
});
