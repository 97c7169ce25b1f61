import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { startHub, type Hub } from '../../../tests/src/hub.ts';
import { ensureWebBuilt } from '../../scripts/ensure-built.ts';
import { chromiumPresent, launch } from './browser.ts';
import { expectClean, signIn, tick } from './pages.ts';

// Referrals and the roster (issue 17, items 1 and 7): a social worker refers a youth from the
// youth's summary; the coordinator finds it in the inbox, accepts it, and keeps the team's roster.
const run = chromiumPresent();
let hub: Hub;
let browser: Browser;
let youthId: string; // child welfare serves the youth; the social worker is not on the team
const contexts: BrowserContext[] = [];
const MINE = `{ myMdtReferrals { id status youthId } }`;
const FACTS = `query ($id: ID!) { youth(id: $id) { team { personId } } }`;

describe.runIf(run)('referrals and the roster in Chromium', () => {
  beforeAll(async () => {
    ensureWebBuilt();
    hub = await startHub({ youths: 12, identity: true });
    const onTeam = (sub: string, id: string) =>
      hub.world.teams.some((t) => t.youthId === id && t.members.some((m) => m.personId === sub && !m.toDate));
    youthId = hub.world.youths.find((y) => y.localIds.CHILD_WELFARE && !onTeam('sw-garcia', y.id))!.id;
    browser = await launch();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await hub?.close();
  });

  it('a social worker refers a youth from the summary; every error is a sentence', async () => {
    const sw = await signIn(browser, hub.url, 'sw-garcia', contexts);
    await sw.goto(`${hub.url}/youths/${youthId}`);
    await sw.getByRole('link', { name: 'Refer this youth to the MDT' }).click();
    await sw.getByRole('heading', { level: 1, name: 'Refer a youth to the MDT' }).waitFor();
    await expectClean(sw, 'referral-form');

    await sw.getByRole('button', { name: 'Send the referral' }).click();
    await sw.getByText('Say why you refer the youth and what you observed.').waitFor();
    await sw.getByText('Choose whether the referral is routine or urgent.').waitFor();
    await sw.getByText('Describe the current safety concerns, or say that none are known.').waitFor();
    await sw.locator('label[for="urgency-urgent"]').click();
    await sw.getByRole('button', { name: 'Send the referral' }).click();
    await sw.getByText('Say why it cannot wait for the monthly meeting.').waitFor();
    await expectClean(sw, 'referral-form-errors');

    await sw.getByLabel('Reasons for the referral').fill('Returned after four days missing with a new phone.');
    await tick(sw, 'CSEC indicators observed', 'Repeated running away');
    await tick(sw, 'CSEC indicators observed', 'Branding tattoo');
    await sw.getByLabel('Why it is urgent').fill('Runaway return last night.');
    await sw.getByLabel('Current safety concerns').fill('An adult was seen waiting near the placement.');
    await sw.getByRole('button', { name: 'Send the referral' }).click();
    await sw.getByRole('heading', { level: 1, name: 'My referrals' }).waitFor();
    await sw.getByText('Referral sent to the MDT coordinator.').waitFor();
    await expectClean(sw, 'my-referrals');
    const mine = await hub.query('sw-garcia', MINE);
    expect(mine.json.data.myMdtReferrals[0]).toMatchObject({ status: 'OPEN', youthId });
  });

  it('the coordinator accepts it from the inbox and keeps the roster: add, end with a reason, history', async () => {
    const coordinator = await signIn(browser, hub.url, 'coord-ortiz', contexts);
    await coordinator.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Referral inbox' }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'Referral inbox' }).waitFor();
    const first = coordinator.locator('li[data-referral]').first();
    expect(await first.getAttribute('data-urgency')).toBe('URGENT');
    await expectClean(coordinator, 'referral-inbox');

    const { json } = await hub.query('sw-garcia', MINE);
    const id = json.data.myMdtReferrals[0].id;
    await coordinator.locator(`li[data-referral="${id}"]`).getByRole('link', { name: 'Review and decide' }).click();
    await coordinator.getByText('Returned after four days missing with a new phone.').waitFor();
    await coordinator.getByRole('button', { name: 'Record the decision' }).click();
    await coordinator.getByText('Choose to accept or decline the referral.').waitFor();
    await expectClean(coordinator, 'referral-decision-errors');
    await coordinator.locator('label[for="decision-accepted"]').click();
    await coordinator.getByLabel('Reason', { exact: true }).fill('Indicators confirmed; urgent meeting on Friday.');
    await coordinator.getByRole('button', { name: 'Record the decision' }).click();
    await coordinator.getByText(/Referral accepted/).waitFor();
    const team = await hub.query('sw-garcia', FACTS, { id: youthId });
    expect(team.json.data.youth.team.map((m: { personId: string }) => m.personId)).toEqual(
      expect.arrayContaining(['sw-garcia', 'coord-ortiz']),
    );

    await coordinator.getByRole('link', { name: 'Manage the team' }).click();
    await coordinator.getByRole('heading', { level: 1, name: /^Team roster/ }).waitFor();
    await coordinator
      .locator('form[aria-labelledby="add-title"]')
      .getByRole('button', { name: 'Add to the team' })
      .click();
    await coordinator.getByText('Choose the member to add from the MDT member directory.').waitFor();
    // The member is picked from the directory, by name, role and agency: no user id to type.
    const picker = coordinator.getByLabel('Member to add');
    await picker.locator('option', { hasText: 'Jo Lee, ' }).waitFor({ state: 'attached' });
    await picker.selectOption({ label: 'Jo Lee, Survivor mentor (Community partners)' });
    await coordinator.getByLabel('Why they join').fill('A survivor mentor for the youth, as the youth asked.');
    await coordinator.getByRole('button', { name: 'Add to the team' }).click();
    await coordinator.getByText('Jo Lee added to the team from today.').waitFor();
    await expectClean(coordinator, 'roster');

    // No reason box under every member: one button each reveals the reason for that member only.
    expect(await coordinator.getByLabel(/^Why .* membership ends$/).count()).toBe(0);
    await coordinator.getByRole('button', { name: 'End membership of Jo Lee' }).click();
    const mentor = coordinator.getByRole('form', { name: 'End Jo Lee’s membership' });
    expect(await coordinator.getByLabel(/^Why .* membership ends$/).count()).toBe(1);
    await mentor.getByRole('button', { name: 'End the membership today' }).click();
    await mentor.getByText('Say why the membership ends.').waitFor();
    await expectClean(coordinator, 'roster-end-errors');
    await mentor.getByLabel('Why Jo Lee’s membership ends').fill('The mentor program paused its matches.');
    await mentor.getByRole('button', { name: 'End the membership today' }).click();
    await coordinator.getByText('Jo Lee’s membership ended today.').waitFor();
    const history = coordinator.locator('tr[data-history]', { hasText: 'Jo Lee' });
    await history.getByText(/The mentor program paused its matches\./).waitFor();
    await expectClean(coordinator, 'roster-history');
  });
});
