import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { startHub, type Hub } from '../../../tests/src/hub.ts';
import { ensureWebBuilt } from '../../scripts/ensure-built.ts';
import { chromiumPresent, launch } from './browser.ts';
import { expectClean, openYouth, signIn as signInAt } from './pages.ts';

// "End grant now" (issue 15, item 4): where a grant is shown, its requester (the youth's page) and a
// privacy officer (the review queue) end it, confirming with a reason; the hub refuses the next read.
const run = chromiumPresent();
let hub: Hub;
let browser: Browser;
let youthId: string;
const contexts: BrowserContext[] = [];
const REQUEST = `mutation ($id: ID!, $reason: String!) { requestEmergencyAccess(youthId: $id, reason: $reason) { id } }`;
const MINE = `query ($id: ID!) { myEmergencyGrant(youthId: $id) { id } }`;
const GRANT = `query ($status: EmergencyReviewStatus) { emergencyReviewQueue(status: $status, first: 100) {
  edges { node { id active endedBy endedReason } } } }`;
const REASON = 'Youth missing overnight; need the current placement.';

async function grant(): Promise<string> {
  const { json } = await hub.query('mentor-lee', REQUEST, { id: youthId, reason: REASON });
  expect(json.errors).toBeUndefined();
  return json.data.requestEmergencyAccess.id;
}
async function grantAsReviewed(id: string) {
  const { json } = await hub.query('privacy-shah', GRANT, { status: null }, { purpose: 'AUDIT' });
  return json.data.emergencyReviewQueue.edges.map((e: any) => e.node).find((g: any) => g.id === id);
}

describe.runIf(run)('ending an emergency grant in Chromium', () => {
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

  it("the requester ends it from the youth's page, with a confirmation and a reason", async () => {
    const id = await grant();
    const mentor = await signInAt(browser, hub.url, 'mentor-lee', contexts);
    await openYouth(mentor, hub.url, youthId);
    const alert = mentor.getByTestId('emergency-grant');
    await alert.waitFor();
    await alert.getByRole('button', { name: 'End grant now' }).click();
    await alert.getByRole('button', { name: 'Confirm: end grant now' }).click();
    await alert.getByText('Say why the grant ends now.').waitFor();
    await expectClean(mentor, 'end-grant-confirm');
    await alert.getByLabel('Why it ends now').fill('Youth found safe; access no longer needed.');
    await alert.getByRole('button', { name: 'Confirm: end grant now' }).click();
    // The grant is gone from the page, which offers a new request again.
    await mentor.getByRole('button', { name: 'Request emergency access' }).waitFor();
    expect(await mentor.getByTestId('emergency-grant').count()).toBe(0);
    expect((await hub.query('mentor-lee', MINE, { id: youthId })).json.data.myEmergencyGrant).toBeNull();
    expect(await grantAsReviewed(id)).toMatchObject({
      active: false,
      endedBy: 'mentor-lee',
      endedReason: 'Youth found safe; access no longer needed.',
    });
  });

  it('a privacy officer ends an active grant from the review queue', async () => {
    const id = await grant();
    const officer = await signInAt(browser, hub.url, 'privacy-shah', contexts);
    await officer.getByRole('link', { name: 'Emergency reviews' }).click();
    const card = officer.locator(`li[data-grant="${id}"]`);
    await card.waitFor();
    await card.getByRole('button', { name: 'End grant now' }).click();
    await card.getByLabel('Why it ends now').fill('Ended pending review: no emergency on file.');
    await card.getByRole('button', { name: 'Confirm: end grant now' }).click();
    await card.getByText(/^Ended by privacy-shah on .*: Ended pending review: no emergency on file\.$/).waitFor();
    expect(await card.getByRole('button', { name: 'End grant now' }).count()).toBe(0);
    await expectClean(officer, 'end-grant-review-queue');
    expect((await hub.query('mentor-lee', MINE, { id: youthId })).json.data.myEmergencyGrant).toBeNull();
  });
});
