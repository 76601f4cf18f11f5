import type { Page } from '@playwright/test';
import { ANNA, prepareDemoPerson, signOutByApi } from '../support/demo-api';
import { expect, expectNoAxeViolations, expectNoHorizontalScroll, Lang, test } from '../support/fixtures';
import { joinSpaceIfNot, spaceIdByName } from './spaces-support';
import { OPEN_DEMO_SPACE, spacesTexts } from './spaces-texts';

/**
 * axe-core (WCAG 2.1 A and AA, no violation allowed) on the spaces list, the create-space form (also
 * with its error summary open) and a space page with posts, in this project's language; then each
 * again 360 px wide, without sideways scrolling.
 */
async function checkPage(page: Page, lang: Lang) {
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 360, height: 740 });
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
}

test.describe('spaces accessibility scans', () => {
  test.beforeEach(async ({ page, lang }) => {
    await prepareDemoPerson(page.request, ANNA, lang);
  });
  test.afterEach(async ({ page }) => {
    await signOutByApi(page.request);
  });

  test('spaces list', async ({ page, lang }) => {
    await page.goto('/spaces');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(spacesTexts[lang].title);
    await expect(page.getByRole('link', { name: OPEN_DEMO_SPACE, exact: true })).toBeVisible();
    await checkPage(page, lang);
  });

  test('create-space form, and with its error summary', async ({ page, lang }) => {
    const t = spacesTexts[lang];
    await page.goto('/spaces/new');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.formTitle);
    await checkPage(page, lang);
    await page.getByRole('button', { name: t.formSubmit }).press('Enter');
    await expect(page.getByRole('link', { name: t.nameRequired })).toBeVisible();
    await checkPage(page, lang);
  });

  test('space page with posts, the composer with its poll fields, and the share dialog', async ({
    page,
    lang,
  }) => {
    const t = spacesTexts[lang];
    const id = await spaceIdByName(page.request, OPEN_DEMO_SPACE);
    await joinSpaceIfNot(page.request, id);
    await page.goto(`/spaces/${encodeURIComponent(id)}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(OPEN_DEMO_SPACE);
    await expect(page.getByRole('article').first()).toBeVisible();
    await checkPage(page, lang);

    // The composer with the poll open, and its error summary after an empty poll.
    const composer = page.getByRole('region', { name: t.composer });
    await composer.getByRole('checkbox', { name: t.addPoll }).check();
    await composer.getByRole('button', { name: t.publish }).press('Enter');
    await expect(composer.getByRole('link', { name: t.questionRequired })).toBeVisible();
    await expectNoAxeViolations(page);

    // The share dialog: focus moves in, axe finds nothing, Escape closes it and focus returns.
    await page.setViewportSize({ width: 1280, height: 800 });
    const share = page
      .getByRole('article')
      .first()
      .getByRole('button', { name: new RegExp(`^${t.share}`) });
    await share.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('combobox', { name: t.shareSpace })).toBeFocused();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(share).toBeFocused();
  });
});
