import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { startHub, type Hub } from '../../../tests/src/hub.ts';
import { ensureWebBuilt } from '../../scripts/ensure-built.ts';
import { chromiumPresent, launch } from './browser.ts';
import { expectClean, signIn } from './pages.ts';

// "My action items" (issue 17, item 7): a member finds their items from the navigation and the
// caseload, and changes an item's status; dropping one needs a reason, said in a sentence.
const run = chromiumPresent();
let hub: Hub;
let browser: Browser;
let youthId: string;
const contexts: BrowserContext[] = [];
const CREATE = `mutation ($input: CreateActionItemInput!) { createActionItem(input: $input) { id } }`;
const ITEMS = `query ($id: ID!) { youth(id: $id) { actionItems(first: 100) { edges { node { id status statusNote } } } } }`;

const inTwoDays = () => new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);

describe.runIf(run)('my action items in Chromium', () => {
  beforeAll(async () => {
    ensureWebBuilt();
    hub = await startHub({ youths: 12, identity: true });
    youthId = hub.world.youths[0]!.id; // the survivor mentor is on this youth's team
    browser = await launch();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await hub?.close();
  });

  it('the owner finds an item from the caseload and drops it with a reason', async () => {
    const { json } = await hub.query('mentor-lee', CREATE, {
      input: {
        youthId,
        text: 'Call the youth about the school enrolment.',
        ownerSub: 'mentor-lee',
        dueOn: inTwoDays(),
      },
    });
    expect(json.errors).toBeUndefined();
    const id = json.data.createActionItem.id;
    const mentor = await signIn(browser, hub.url, 'mentor-lee', contexts);
    await mentor.getByRole('main').getByRole('link', { name: 'My action items' }).click();
    await mentor.getByRole('heading', { level: 1, name: 'My action items' }).waitFor();
    const card = mentor.locator(`li[data-action-item="${id}"]`);
    await card.getByText('Call the youth about the school enrolment.').waitFor();
    await expectClean(mentor, 'action-items');

    await card.getByRole('button', { name: 'Change status' }).click();
    await card.getByText('Choose the new status.').waitFor();
    await card.getByLabel('New status').selectOption('DROPPED');
    await card.getByRole('button', { name: 'Change status' }).click();
    await card.getByText('Say why the action item is dropped.').waitFor();
    await expectClean(mentor, 'action-items-errors');

    await card.getByLabel(/^Note/).fill('The youth enrolled with the help of the school counselor.');
    await card.getByRole('button', { name: 'Change status' }).click();
    await mentor.getByText('Action item marked dropped; it is kept on the youth’s record.').waitFor();
    // The page lists open items only: the dropped one leaves it, kept on the youth's record with its reason.
    await mentor.locator(`li[data-action-item="${id}"]`).waitFor({ state: 'detached' });
    const after = await hub.query('mentor-lee', ITEMS, { id: youthId });
    expect(after.json.data.youth.actionItems.edges.map((e: any) => e.node)).toContainEqual({
      id,
      status: 'DROPPED',
      statusNote: 'The youth enrolled with the help of the school counselor.',
    });
  });

  it('the navigation leads there too', async () => {
    const mentor = await signIn(browser, hub.url, 'mentor-lee', contexts);
    await mentor.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My action items' }).click();
    await mentor.getByRole('heading', { level: 1, name: 'My action items' }).waitFor();
  });
});
