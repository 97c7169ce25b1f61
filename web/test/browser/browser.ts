import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
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
