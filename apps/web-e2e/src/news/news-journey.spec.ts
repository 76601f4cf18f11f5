import type { Page } from '@playwright/test';
import { ANNA, BO, ERIK, graphql, prepareDemoPerson } from '../support/demo-api';
import { expect, expectRouteArrived, Lang, tabTo, test } from '../support/fixtures';
import { texts, title } from '../support/texts';
import { newsTexts } from './news-texts';
import {
  articleIdFromUrl,
  localDate,
  localDateTime,
  makePng,
  readReach,
  signInThroughPage,
  treeItem,
  uniqueTitle,
  UNITS,
} from './news-support';

/**
 * Issue 3's browser journey, keyboard first: erik writes a pinned must-read with a cover for anna's
 * department and publishes it; anna finds it first on her home page, reads and acknowledges it; bo
 * never sees it, not even by its address; and an employee's studio offers review, not publishing.
 * The steps build on each other, so they run in order (one article per language project).
 */
test.describe.configure({ mode: 'serial' });

const made = { id: '', title: '', alt: '' };

test.describe('a must-read from the studio to the reader', () => {
  test('erik writes, targets, pins and publishes a must-read with a cover image', async ({ page, lang }) => {
    test.setTimeout(90_000);
    const t = newsTexts[lang];
    const s = t.studio;
    made.title = uniqueTitle(
      lang === 'sv' ? 'Nya rutiner för ärenden' : 'New routines for case handling',
      lang,
    );
    made.alt =
      lang === 'sv'
        ? 'Handläggare vid ett bord med ärendepärmar'
        : 'Case handlers at a table with case files';

    await signInThroughPage(page, ERIK, lang);

    // To the studio through the main navigation, then to a new article.
    await goToNewArticle(page, lang);

    await page.getByLabel(s.title_, { exact: true }).fill(made.title);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.editHeading);
    await expect(page).toHaveTitle(title(lang, s.editTitle(made.title)));
    const id = articleIdFromUrl(page);

    // Summary and body.
    await page
      .getByLabel(s.summary, { exact: true })
      .fill(
        lang === 'sv'
          ? 'Från måndag gäller nya rutiner för alla ärenden.'
          : 'New routines apply to every case from Monday.',
      );
    const body = page.locator('#article-body');
    await tabTo(page, body);
    await page.keyboard.type(
      lang === 'sv'
        ? 'Från måndag registrerar vi alla ärenden samma dag som de kommer in. Fråga din chef om något är oklart.'
        : 'From Monday we register every case on the day it arrives. Ask your manager if anything is unclear.',
    );
    await expect(body).toContainText(lang === 'sv' ? 'registrerar vi alla ärenden' : 'register every case');

    // The cover: a real PNG through the upload endpoint; focus moves on to its alt text.
    const cover = page.getByRole('region', { name: s.coverSection, exact: true });
    await cover
      .locator('input[type="file"]')
      .setInputFiles({ name: 'cover.png', mimeType: 'image/png', buffer: makePng() });
    const alt = cover.getByLabel(s.alt, { exact: true });
    await expect(alt).toBeFocused({ timeout: 15_000 });
    await page.keyboard.type(made.alt);
    await expect(alt).toHaveValue(made.alt);

    // Audience: from everyone to anna's department, by keyboard in the tree.
    const reach = page.locator('.audience__reach strong');
    const everyone = await readReach(reach, s.reach);
    expect(everyone, 'everyone in the demo organisation').toBeGreaterThan(30);
    const agency = treeItem(page, UNITS.agency);
    const caseHandling = treeItem(page, UNITS.caseHandling);
    await tabTo(page, agency);
    await page.keyboard.press('ArrowDown');
    await expect(caseHandling).toBeFocused();
    await expect(caseHandling).toHaveAttribute('aria-checked', 'false');
    await page.keyboard.press('Space');
    await expect(caseHandling).toHaveAttribute('aria-checked', 'true');
    await expect(agency).toHaveAttribute('aria-checked', 'mixed');
    await expect(page.getByRole('heading', { name: s.selected(1) })).toBeVisible();
    await expect(reach).not.toHaveText(new RegExp(`^\\D*${everyone}\\D*$`));
    const department = await readReach(reach, s.reach);
    expect(department).toBeGreaterThan(0);
    expect(department).toBeLessThan(everyone);
    // Right opens the department: its units show as chosen through it.
    await page.keyboard.press('ArrowRight');
    await expect(caseHandling).toHaveAttribute('aria-expanded', 'true');
    await expect(treeItem(page, UNITS.caseNorth)).toHaveAttribute('aria-checked', 'true');

    // Editorial: must-read with a due date, pinned for a week.
    const mustRead = page.getByRole('checkbox', { name: s.mustRead });
    await tabTo(page, mustRead, { max: 60 });
    await page.keyboard.press('Space');
    await expect(mustRead).toBeChecked();
    await page.getByLabel(s.mustReadDue).fill(localDate(7));
    await page.getByLabel(s.pinnedUntil).fill(localDateTime(7));

    // Publish: the outcome takes focus, and the status says so.
    const publish = page.getByRole('button', { name: s.publishNow });
    await tabTo(page, publish, { max: 60 });
    await page.keyboard.press('Enter');
    const outcome = page.getByRole('alert').filter({ hasText: s.published });
    await expect(outcome).toBeFocused({ timeout: 15_000 });
    await expect(page.getByText(s.status(s.statusPublished), { exact: true })).toBeVisible();

    // What was stored is what was chosen (read back as erik through the API).
    const { article } = await graphql<{ article: StoredArticle }>(page.request, ARTICLE_QUERY, { id });
    expect(article).toMatchObject({
      status: 'PUBLISHED',
      title: made.title,
      mustRead: true,
      mustReadDue: localDate(7),
      pinned: true,
      cover: { alt: made.alt },
      audience: { everyone: false, orgUnits: [{ name: UNITS.caseHandling }] },
    });
    made.id = id;
  });

  test('anna finds it first on her home page, reads it and acknowledges it', async ({ page, lang }) => {
    test.setTimeout(60_000);
    expect(made.id, 'the article from the previous step').not.toBe('');
    const t = newsTexts[lang];
    await signInThroughPage(page, ANNA, lang);

    // First among her open must-reads, pinned and unread.
    const mustReads = page.getByRole('region', { name: t.home.mustRead, exact: true });
    const first = mustReads.getByRole('article').first();
    await expect(first.getByRole('heading')).toHaveText(made.title);
    await expect(first.locator('.news-card__states')).toContainText(t.home.pinned);
    await expect(first.locator('.news-card__states')).toContainText(t.home.mustReadTag);
    await expect(first.locator('.news-card__states')).toContainText(t.home.unread);

    // Open it by keyboard: the page starts at its focused h1.
    await tabTo(page, first.getByRole('link', { name: made.title }), { max: 60 });
    await page.keyboard.press('Enter');
    await expectRouteArrived(page, lang, { heading: made.title, title: title(lang, made.title) });
    const coverImage = page.locator('.article__cover img');
    await expect(coverImage).toHaveAttribute('alt', made.alt);
    await expect(page.getByRole('img', { name: made.alt })).toBeVisible();

    // Acknowledge: the button stays focused, says it is done, and the status region says it too.
    const acknowledge = page.getByRole('button', { name: t.article.acknowledge });
    await expect(acknowledge).not.toHaveAttribute('aria-disabled', 'true');
    await tabTo(page, acknowledge);
    await page.keyboard.press('Enter');
    const done = page.getByRole('button', { name: t.article.acknowledged });
    await expect(done).toBeFocused();
    await expect(done).toHaveAttribute('aria-disabled', 'true');
    await expect(page.getByTestId('announcer')).toHaveText(t.article.announced(made.title));

    // Home again: no longer an open must-read, and pinned at the top of the news.
    await page.goto('/');
    const news = page.getByRole('region', { name: t.home.news, exact: true });
    const top = news.getByRole('article').first();
    await expect(top.getByRole('heading')).toHaveText(made.title);
    await expect(top.locator('.news-card__states')).toContainText(t.home.pinned);
    await expect(top.locator('.news-card__states')).not.toContainText(t.home.unread);
    await expect(page.getByRole('link', { name: made.title })).toHaveCount(1);
    // The seeded must-read is still open, so the section is there, without this article.
    await expect(mustReads.getByRole('article').first()).toBeVisible();
    await expect(mustReads.getByRole('link', { name: made.title })).toHaveCount(0);
  });

  test('bo, outside the audience, does not see it, and its address is not found', async ({ page, lang }) => {
    expect(made.id, 'the article from the first step').not.toBe('');
    const t = newsTexts[lang];
    await prepareDemoPerson(page.request, BO, lang);
    await page.goto('/');
    const news = page.getByRole('region', { name: t.home.news, exact: true });
    await expect(news.getByRole('article').first()).toBeVisible();
    await expect(page.getByRole('link', { name: made.title })).toHaveCount(0);

    await page.goto(`/news/${encodeURIComponent(made.id)}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.article.notFound);
    await expect(page).toHaveTitle(title(lang, t.article.notFound));
    await expect(page.getByText(made.title)).toHaveCount(0);
    // The API says the same: not found, never "forbidden", so the article's existence does not leak.
    const refused = await graphql(page.request, ARTICLE_QUERY, { id: made.id }).catch(
      (e: Error) => e.message,
    );
    expect(refused).toContain('NOT_FOUND');
  });
});

test('an employee can submit a draft for review but not publish it', async ({ page, lang }) => {
  test.setTimeout(60_000);
  const s = newsTexts[lang].studio;
  await signInThroughPage(page, ANNA, lang);
  await goToNewArticle(page, lang);
  const draftTitle = uniqueTitle(
    lang === 'sv' ? 'Förslag: fika på fredagar' : 'Proposal: coffee on Fridays',
    lang,
  );
  await page.getByLabel(s.title_, { exact: true }).fill(draftTitle);
  await page.getByRole('button', { name: s.create }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.editHeading);
  const id = articleIdFromUrl(page);

  await expect(page.getByRole('button', { name: s.submit })).toBeVisible();
  await expect(page.getByRole('button', { name: s.publishNow })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: s.editorial })).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: s.mustRead })).toHaveCount(0);

  // Nor through the API behind the page: refused, and the draft stays a draft.
  const refused = await graphql(
    page.request,
    'mutation ($id: ID!) { publishArticle(id: $id, publishAt: null) { id } }',
    {
      id,
    },
  ).catch((e: Error) => e.message);
  expect(refused).toContain('FORBIDDEN');
  const before = await graphql<{ article: { status: string } }>(
    page.request,
    'query ($id: ID!) { article(id: $id) { status } }',
    { id },
  );
  expect(before.article.status).toBe('DRAFT');

  const submit = page.getByRole('button', { name: s.submit });
  await tabTo(page, submit, { max: 60 });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: s.submitted })).toBeFocused({ timeout: 15_000 });
  await expect(page.getByText(s.status(s.statusInReview), { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: s.submit })).toHaveCount(0);
});

async function goToNewArticle(page: Page, lang: Lang) {
  const s = newsTexts[lang].studio;
  // Back from the home page's focused h1: the header comes before a feed that may be long.
  await tabTo(
    page,
    page
      .getByRole('navigation', { name: texts[lang].nav.label })
      .getByRole('link', { name: newsTexts[lang].nav.studio }),
    { backwards: true },
  );
  await page.keyboard.press('Enter');
  await expectRouteArrived(page, lang, { heading: s.title, title: title(lang, s.title) });
  await tabTo(page, page.getByRole('link', { name: s.newArticle }));
  await page.keyboard.press('Enter');
  await expectRouteArrived(page, lang, { heading: s.newArticle, title: title(lang, s.newArticle) });
}

interface StoredArticle {
  status: string;
  title: string;
  mustRead: boolean;
  mustReadDue: string | null;
  pinned: boolean;
  cover: { alt: string } | null;
  audience: { everyone: boolean; orgUnits: { name: string }[] };
}
const ARTICLE_QUERY = `query ($id: ID!) { article(id: $id) {
  status title mustRead mustReadDue pinned cover { alt } audience { everyone orgUnits { name } } } }`;
