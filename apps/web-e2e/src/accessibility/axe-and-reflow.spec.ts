import type { Page } from '@playwright/test';
import { ANNA, BO, findPerson, prepareDemoPerson, signOutByApi } from '../support/demo-api';
import {
  expect,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  Lang,
  tabTo,
  test,
} from '../support/fixtures';
import { texts } from '../support/texts';

/**
 * axe-core (WCAG 2.1 A and AA) on every page, in this project's language, with no violation
 * allowed; then the same page at 360 px wide must not scroll sideways.
 */
test.describe('accessibility scans', () => {
  test('sign-in', async ({ page, lang }) => {
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(texts[lang].signIn.heading);
    await checkPage(page, lang);
  });

  test('sign-in with the error summary', async ({ page, lang }) => {
    const t = texts[lang];
    await page.goto('/sign-in');
    // An unknown address: the answer is the same as for a wrong password, and no real account
    // collects failures towards its sign-in throttle (5 in 15 minutes).
    await page.getByLabel(t.signIn.email).fill(`nobody.${lang}@demo.commons`);
    await page.getByLabel(t.signIn.password).fill('not-the-right-password');
    await page.getByRole('button', { name: t.signIn.submit }).click();
    await expect(page.locator('.error-summary')).toBeFocused();
    await checkPage(page, lang);
  });

  test.describe('signed in', () => {
    test.beforeEach(async ({ page, lang }) => {
      // The browser context's own request client shares its cookies, so this signs the page in.
      await prepareDemoPerson(page.request, ANNA, lang);
    });
    test.afterEach(async ({ page }) => {
      await signOutByApi(page.request);
    });

    test('home', async ({ page, lang }) => {
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1 })).toContainText(texts[lang].home.greeting(''));
      await checkPage(page, lang);
    });

    test('directory with results', async ({ page, lang }) => {
      const bo = await findPerson(page.request, BO);
      await page.goto(`/people?q=${encodeURIComponent(bo.displayName)}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(texts[lang].people.title);
      await expect(page.getByRole('link', { name: bo.displayName, exact: true })).toBeVisible();
      await checkPage(page, lang);
    });

    test('directory, everyone', async ({ page, lang }) => {
      await page.goto('/people');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(texts[lang].people.title);
      await expect(page.locator('.results__list li').first()).toBeVisible();
      await checkPage(page, lang);
    });

    test('settings', async ({ page, lang }) => {
      await page.goto('/settings');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(texts[lang].settings.title);
      await checkPage(page, lang);
    });

    test('page not found', async ({ page, lang }) => {
      await page.goto('/no-such-page');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(texts[lang].notFound.title);
      await checkPage(page, lang);
    });

    test('small-screen menu, open', async ({ page, lang }) => {
      const t = texts[lang];
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto('/');
      const menu = page.getByRole('button', { name: t.nav.menu });
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
      await expect(page.getByRole('navigation', { name: t.nav.label })).toBeHidden();
      await tabTo(page, menu);
      await page.keyboard.press('Enter');
      await expect(menu).toHaveAttribute('aria-expanded', 'true');
      const people = page
        .getByRole('navigation', { name: t.nav.label })
        .getByRole('link', { name: t.nav.people });
      await expect(people).toBeVisible();
      await expectNoAxeViolations(page);
      await expectNoHorizontalScroll(page);
      // The menu's links are the next tab stops, and a new page closes it again.
      await tabTo(page, people, { max: 6 });
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.people.title);
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
    });

    test('profile', async ({ page, lang }) => {
      const bo = await findPerson(page.request, BO);
      await page.goto(`/people/${encodeURIComponent(bo.id)}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(bo.displayName);
      await expect(page.getByRole('heading', { level: 2, name: texts[lang].profile.details })).toBeVisible();
      await checkPage(page, lang);
    });
  });
});

async function checkPage(page: Page, lang: Lang) {
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 360, height: 740 });
  await expectNoHorizontalScroll(page);
  // Small screens get the menu button; the scan must pass there too.
  await expectNoAxeViolations(page);
}
