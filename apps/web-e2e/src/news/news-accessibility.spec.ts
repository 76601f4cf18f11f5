import type { Page } from '@playwright/test';
import { ANNA, ERIK, prepareDemoPerson, signOutByApi } from '../support/demo-api';
import {
  expect,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  Lang,
  tabTo,
  test,
} from '../support/fixtures';
import { newsTexts } from './news-texts';
import { createDraftByApi, publishArticleByApi, treeItem, uniqueTitle, UNITS } from './news-support';

/**
 * axe-core (WCAG 2.1 A and AA, no violation allowed) on the studio and reader pages in this
 * project's language, then the same page 360 px wide without sideways scrolling; and the editor's
 * keyboard contract: the toolbar is one tab stop with arrow keys, Tab leaves the text, the audience
 * tree moves with arrows and chooses with Space.
 */
const TOPIC = { slug: 'arbetsmiljo', name: { sv: 'Arbetsmiljö', en: 'Work environment' } } as const;

async function checkPage(page: Page, lang: Lang) {
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 360, height: 740 });
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
}

/** Erik makes a draft (with a cover, for anna's department) and opens it in the editor. */
async function openDraftAsErik(page: Page, lang: Lang): Promise<void> {
  await prepareDemoPerson(page.request, ERIK, lang);
  const id = await createDraftByApi(page.request, {
    title: uniqueTitle(lang === 'sv' ? 'Utkast om arbetsmiljön' : 'Draft on the work environment', lang),
    language: lang === 'sv' ? 'SV' : 'EN',
    topicSlug: TOPIC.slug,
    alt: lang === 'sv' ? 'En ljus kontorsmiljö' : 'A bright office',
    orgUnitNames: [UNITS.caseHandling],
  });
  await page.goto(`/studio/articles/${encodeURIComponent(id)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(newsTexts[lang].studio.editHeading);
  await expect(page.locator('#article-body')).toBeVisible();
}

test.describe('news accessibility scans', () => {
  test.afterEach(async ({ page }) => {
    await signOutByApi(page.request);
  });

  test('studio lists', async ({ page, lang }) => {
    const s = newsTexts[lang].studio;
    await prepareDemoPerson(page.request, ERIK, lang);
    await page.goto('/studio?list=published');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.title);
    await expect(page.locator('.studio-item').first()).toBeVisible();
    await checkPage(page, lang);
  });

  test('editor with the audience tree open and plain-language warnings', async ({ page, lang }) => {
    test.setTimeout(60_000);
    const s = newsTexts[lang].studio;
    await openDraftAsErik(page, lang);

    // Text the plain-language panel flags: words in capitals.
    const body = page.locator('#article-body');
    await body.click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type(
      lang === 'sv'
        ? 'GLÖM INTE ATT LÄSA DETTA NOGGRANT IDAG.'
        : 'DO NOT FORGET TO READ THIS CAREFULLY TODAY.',
    );
    const panel = page.getByRole('complementary', { name: s.plainLanguage });
    await expect(panel.getByRole('button', { name: new RegExp(s.capitalsWarning) })).toBeVisible();
    await expect(panel.getByRole('heading', { level: 3 })).toHaveText(s.thingsToCheck);

    // The tree opened one level down, on the chosen department.
    const caseHandling = treeItem(page, UNITS.caseHandling);
    await caseHandling.locator(':scope > .tree__row > .tree__toggle').click();
    await expect(caseHandling).toHaveAttribute('aria-expanded', 'true');
    await expect(treeItem(page, UNITS.caseNorth)).toBeVisible();
    // The visible save status, not the live region: the panel's warning count may be spoken last.
    await expect(page.locator('.studio-status__save')).toHaveText(s.allSaved, { timeout: 10_000 });
    await checkPage(page, lang);
  });

  test.describe('reader pages', () => {
    let articleTitle = '';
    test.beforeEach(async ({ page, lang }) => {
      // Erik publishes a must-read with a cover for anna's department; then anna reads.
      await prepareDemoPerson(page.request, ERIK, lang);
      articleTitle = uniqueTitle(lang === 'sv' ? 'Vi flyttar i vår' : 'We are moving in the spring', lang);
      const id = await publishArticleByApi(page.request, {
        title: articleTitle,
        language: lang === 'sv' ? 'SV' : 'EN',
        topicSlug: TOPIC.slug,
        alt: lang === 'sv' ? 'Det nya kontorshuset' : 'The new office building',
        orgUnitNames: [UNITS.caseHandling],
        mustRead: true,
      });
      await signOutByApi(page.request);
      await prepareDemoPerson(page.request, ANNA, lang);
      articleId = id;
    });
    let articleId = '';

    test('home feed with news and must-reads', async ({ page, lang }) => {
      const h = newsTexts[lang].home;
      await page.goto('/');
      await expect(
        page.getByRole('region', { name: h.mustRead, exact: true }).getByRole('link', { name: articleTitle }),
      ).toBeVisible();
      await expect(
        page.getByRole('region', { name: h.news, exact: true }).getByRole('article').first(),
      ).toBeVisible();
      await checkPage(page, lang);
    });

    test('article page', async ({ page, lang }) => {
      await page.goto(`/news/${encodeURIComponent(articleId)}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(articleTitle);
      await expect(page.getByRole('button', { name: newsTexts[lang].article.acknowledge })).toBeVisible();
      await expect(page.locator('.article__cover img')).toBeVisible();
      await checkPage(page, lang);
    });

    test('topic page', async ({ page, lang }) => {
      await page.goto(`/topics/${TOPIC.slug}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(TOPIC.name[lang]);
      await expect(page.getByRole('link', { name: articleTitle })).toBeVisible();
      await checkPage(page, lang);
    });
  });
});

test.describe('editor keyboard', () => {
  test('the formatting toolbar is one tab stop with arrow keys, and Tab leaves the text', async ({
    page,
    lang,
  }) => {
    const s = newsTexts[lang].studio;
    await openDraftAsErik(page, lang);
    const toolbar = page.getByRole('toolbar', { name: s.toolbar });
    const buttons = toolbar.getByRole('button');
    const body = page.locator('#article-body');
    const count = await buttons.count();
    expect(count).toBeGreaterThan(3);

    await tabTo(page, buttons.first());
    await expect(toolbar.locator('button[tabindex="0"]')).toHaveCount(1);
    await page.keyboard.press('ArrowRight');
    await expect(buttons.nth(1)).toBeFocused();
    await expect(buttons.nth(1)).toHaveAccessibleName(s.italic);
    await page.keyboard.press('End');
    await expect(buttons.nth(count - 1)).toBeFocused();
    await page.keyboard.press('ArrowRight'); // wraps round
    await expect(buttons.first()).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(buttons.nth(count - 1)).toBeFocused();
    await page.keyboard.press('Home');
    await expect(buttons.first()).toBeFocused();
    await expect(buttons.first()).toHaveAccessibleName(s.bold);
    await page.keyboard.press('ArrowRight');
    await expect(toolbar.locator('button[tabindex="0"]')).toHaveCount(1);

    // One Tab from the toolbar reaches the text; Shift+Tab comes back to the button last used.
    await page.keyboard.press('Tab');
    await expect(body).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(buttons.nth(1)).toBeFocused();

    // In a list, where Tab would indent, Tab still leaves the editor for the next field.
    // (The caret goes to the end of the last paragraph by pointer: where Tab left it depends on the browser.)
    await body.locator('p').last().click();
    await page.keyboard.press('End');
    await expect(body).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.type('- ');
    await page.keyboard.type(lang === 'sv' ? 'en punkt' : 'a point');
    await expect(body.locator('ul li')).toHaveCount(1);
    const before = await body.innerHTML();
    await page.keyboard.press('Tab');
    await expect(page.getByLabel(s.byline, { exact: true })).toBeFocused();
    expect(await body.innerHTML()).toBe(before);
  });

  test('the audience tree moves with arrow keys and chooses with Space', async ({ page, lang }) => {
    const s = newsTexts[lang].studio;
    await openDraftAsErik(page, lang);
    const agency = treeItem(page, UNITS.agency);
    const caseHandling = treeItem(page, UNITS.caseHandling);
    // Its first unit in the tree's order (sorted by name in Swedish).
    const firstUnit = caseHandling.getByRole('group').getByRole('treeitem').first();
    // One tab stop: only the current item is in the tab order.
    await expect(page.getByRole('tree').locator('[role="treeitem"][tabindex="0"]')).toHaveCount(1);

    await tabTo(page, agency, { max: 60 });
    await expect(agency).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(caseHandling).toBeFocused();
    await expect(caseHandling).toHaveAttribute('aria-checked', 'true'); // the draft is for this department
    await expect(caseHandling).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('ArrowRight');
    await expect(caseHandling).toHaveAttribute('aria-expanded', 'true');
    await expect(caseHandling).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(firstUnit).toBeFocused();
    await expect(firstUnit).toHaveAttribute('aria-level', '3');

    // Space on a unit chosen through its department: the department gives way to its other units.
    await expect(firstUnit).toHaveAttribute('aria-checked', 'true');
    await page.keyboard.press('Space');
    await expect(firstUnit).toHaveAttribute('aria-checked', 'false');
    await expect(caseHandling).toHaveAttribute('aria-checked', 'mixed');
    await expect(page.getByRole('heading', { name: s.selected(2) })).toBeVisible(); // its two other units
    // Choosing it again adds it beside the others; the department itself (with its own people) stays unchosen.
    await page.keyboard.press('Space');
    await expect(firstUnit).toHaveAttribute('aria-checked', 'true');
    await expect(caseHandling).toHaveAttribute('aria-checked', 'mixed');
    await expect(page.getByRole('heading', { name: s.selected(3) })).toBeVisible();

    await page.keyboard.press('ArrowLeft');
    await expect(caseHandling).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(caseHandling).toHaveAttribute('aria-expanded', 'false');
    await expect(caseHandling.getByRole('treeitem')).toHaveCount(0);
    await page.keyboard.press('Home');
    await expect(agency).toBeFocused();
    await page.keyboard.press('End');
    await expect(agency).not.toBeFocused();
    await expect(page.getByRole('tree').locator('[role="treeitem"][tabindex="0"]')).toHaveCount(1);

    // Tab leaves the tree in one step, to the next field.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('tree').locator(':focus')).toHaveCount(0);
    await expect(page.getByRole('group', { name: s.locations }).getByRole('checkbox').first()).toBeFocused();
  });
});
