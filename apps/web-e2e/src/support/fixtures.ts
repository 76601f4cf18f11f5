import AxeBuilder from '@axe-core/playwright';
import { expect, Locator, Page, test as base } from '@playwright/test';

export type Lang = 'sv' | 'en';

/** Per-project options: `lang` is the language the pages must show in that project. */
export interface E2eOptions {
  lang: Lang;
}

export const test = base.extend<E2eOptions>({
  lang: ['en', { option: true }],
  // The server's port is chosen by the global setup, after this config was read.
  // eslint-disable-next-line no-empty-pattern
  baseURL: async ({}, use) => {
    const url = process.env.E2E_BASE_URL;
    if (!url) throw new Error('E2E_BASE_URL is not set: the global setup did not start the server');
    await use(url);
  },
});

export { expect };

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Fails on any WCAG 2.1 A/AA violation, listing rule, impact and the offending nodes. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const found = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} -> ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(found, `axe violations on ${page.url()}`).toEqual([]);
}

/** Presses Tab (or Shift+Tab) until `target` has focus: keyboard-only navigation without counting stops. */
export async function tabTo(
  page: Page,
  target: Locator,
  options: { max?: number; backwards?: boolean } = {},
) {
  const key = options.backwards ? 'Shift+Tab' : 'Tab';
  const max = options.max ?? 40;
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(key);
  }
  await expect(target, `not reachable with ${max} presses of ${key}`).toBeFocused();
}

/** After a route change: a focused h1, the expected title and the right html[lang]. */
export async function expectRouteArrived(
  page: Page,
  lang: Lang,
  expected: { heading: string | RegExp; title: string | RegExp },
): Promise<void> {
  const h1 = page.locator('h1');
  await expect(h1).toHaveCount(1);
  await expect(h1).toHaveText(expected.heading);
  await expect(h1).toBeFocused();
  await expect(page).toHaveTitle(expected.title);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

/** Nothing wider than the viewport: no horizontal scrolling at the current width. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => {
    const doc = document.documentElement;
    return doc.scrollWidth - doc.clientWidth;
  });
  expect(overflow, 'page is wider than the viewport').toBeLessThanOrEqual(0);
}
