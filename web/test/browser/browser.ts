import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { WEB_ROOT } from '../../scripts/ensure-built.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = join(WEB_ROOT, 'test-results');
/** How long to wait for a page or an element: npm test runs every suite at once on two cores. */
export const LOADED_CI_TIMEOUT = 60_000;

/** In CI a missing browser fails the suite; on a developer's machine it skips with a message. */
export function chromiumPresent(): boolean {
  if (existsSync(CHROMIUM)) return true;
  const message = `${CHROMIUM} is missing: install it with apt-get install -y chromium (.ci/run does)`;
  if (process.env.CI) throw new Error(`Browser tests cannot run: ${message}`);
  console.warn(`Skipping the browser tests: ${message}`);
  return false;
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Serious and critical WCAG 2.1 A/AA violations on the page as it is now: rule id and how many nodes. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.nodes.length}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

/** The two widths every page is checked at: a desktop, and a 390 px phone. */
export const DESKTOP = { width: 1440, height: 900 };
export const PHONE = { width: 390, height: 844 };

/** A context at desktop width that records every Content-Security-Policy violation the page reports. */
export async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: DESKTOP });
  context.setDefaultTimeout(LOADED_CI_TIMEOUT);
  await context.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return context;
}

/** What a page fails of the app's rules at its current width: horizontal scrolling, CSP violations. */
async function layoutProblems(page: Page, width: number): Promise<string[]> {
  const { scrollWidth, csp } = await page.evaluate(() => ({
    scrollWidth: document.scrollingElement!.scrollWidth,
    csp: (window as unknown as { cspViolations: string[] }).cspViolations,
  }));
  return [...(scrollWidth > width ? [`scrolls horizontally: ${scrollWidth} px wide at ${width} px`] : []), ...csp];
}

/**
 * Checks the page as it is at 1440 px and at 390 px: a screenshot of each (NAME-1440.png,
 * NAME-390.png), axe with no serious or critical violation, no horizontal scrolling, no CSP
 * violation. Leaves the page at desktop width.
 */
export async function checkPage(page: Page, name: string): Promise<{ name: string; problems: string[] }> {
  const problems: string[] = [];
  for (const viewport of [DESKTOP, PHONE]) {
    await page.setViewportSize(viewport);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await screenshot(page, `${name}-${viewport.width}`);
    problems.push(...(await seriousViolations(page)).map((v) => `${viewport.width}: ${v}`));
    problems.push(...(await layoutProblems(page, viewport.width)).map((v) => `${viewport.width}: ${v}`));
  }
  await page.setViewportSize(DESKTOP);
  return { name, problems };
}
