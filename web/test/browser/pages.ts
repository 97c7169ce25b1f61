import { expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { checkPage, newContext } from './browser.ts';

// What the browser tests do on the app's pages, by what a user sees (labels, roles, the app's test ids).

/**
 * Signs a persona in as a person would, through the embedded OpenID provider (the test hub's
 * `identity`, as npm start's demo): the app's sign-in button, the provider's page listing the
 * personas, the code flow with PKCE back to the app. `check` checks both pages (NAME and
 * NAME-provider); `keyboard` does it all by keyboard.
 */
export async function signIn(
  browser: Browser,
  url: string,
  personaId: string,
  contexts: BrowserContext[],
  opts: { keyboard?: boolean; check?: string } = {},
): Promise<Page> {
  const context = await newContext(browser);
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${url}/`);
  const start = page.getByRole('button', { name: 'Sign in with your organisation' });
  await start.waitFor();
  if (opts.check) await expectClean(page, opts.check);
  if (opts.keyboard) {
    // Keyboard only: the skip link first, then the sign-in button.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    const onStart = () => page.evaluate(() => document.activeElement?.textContent === 'Sign in with your organisation');
    for (let i = 0; i < 5 && !(await onStart()); i++) await page.keyboard.press('Tab');
    expect(await onStart()).toBe(true);
    await page.keyboard.press('Enter');
  } else await start.click();
  const button = page.locator(`button[data-persona="${personaId}"]`);
  await button.waitFor();
  if (opts.check) await expectClean(page, `${opts.check}-provider`);
  if (opts.keyboard) {
    // The provider's page: its personas in order.
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-persona') ?? null);
    for (let i = 0; i < 20 && (await focused()) !== personaId; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe(personaId);
    await page.keyboard.press('Enter');
  } else await button.click();
  await page.getByTestId('viewer').waitFor();
  return page;
}

/** Axe, no horizontal scrolling and no CSP violation, at 1440 and 390 px, with screenshots of both. */
export async function expectClean(page: Page, name: string): Promise<void> {
  expect(await checkPage(page, name)).toEqual({ name, problems: [] });
}

export async function openYouth(page: Page, url: string, id: string): Promise<void> {
  await page.goto(`${url}/youths/${id}`);
  await page.locator('section[data-agency="childWelfare"]').waitFor();
  await page.locator('section[aria-labelledby="timeline-title"] :is(table, .app-none)').first().waitFor();
}

/** The one notice entry for a withheld kind of record in an agency's section. */
export const hiddenIn = (page: Page, agency: string, category: string) =>
  page.locator(`section[data-agency="${agency}"] [data-testid="hidden"][data-category="${category}"]`);

/** A released field of an agency's section. */
export const fieldIn = (page: Page, agency: string, field: string) =>
  page.locator(`section[data-agency="${agency}"] [data-field="${field}"]`);

/** Ticks a USWDS checkbox by its label (the input itself is drawn off-screen, its label is what one clicks). */
export async function tick(page: Page, group: string, label: string): Promise<void> {
  await page
    .getByRole('group', { name: group })
    .locator('label', { hasText: new RegExp(`^${label}$`) })
    .click();
}
