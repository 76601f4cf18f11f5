import type { Page } from '@playwright/test';
import { ANNA, BO, ERIK, graphql, prepareDemoPerson, signOutByApi } from '../support/demo-api';
import {
  expect,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  expectRouteArrived,
  Lang,
  tabTo,
  test,
} from '../support/fixtures';
import { spaceIdByName } from './spaces-support';

/** The demo's pinned welcome (apps/api/src/database/seed/demo-news.data.ts): pinned for a year, so it stays near the top. */
const DEMO_PINNED_TITLE = 'Välkommen till Commons, vårt nya intranät';
import { OPEN_DEMO_SPACE, spacesTexts } from './spaces-texts';

/**
 * The home feed with a staff post in it (bo owns the open demo space, so his posts reach his home
 * feed): the post card with its space link, poll and comment summary, scanned by axe-core (WCAG 2.1
 * A and AA) in this project's language, then 360 px wide without sideways scrolling. And the space
 * page as an editor sees it, with the curation buttons, and erik turning a post into a news draft by
 * keyboard (the studio opens on it; a second try says it already is one).
 */
async function checkPage(page: Page, lang: Lang) {
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 360, height: 740 });
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
}

async function postWithCommentByApi(page: Page, spaceId: string, lang: Lang): Promise<string> {
  const question = lang === 'sv' ? `Vilken dag går vi? ${Date.now()}` : `Which day do we walk? ${Date.now()}`;
  const { createPost } = await graphql<{ createPost: { id: string } }>(
    page.request,
    `
      mutation ($spaceId: ID!, $input: PostInput!) {
        createPost(spaceId: $spaceId, input: $input) {
          id
        }
      }
    `,
    {
      spaceId,
      input: {
        bodyHtml: lang === 'sv' ? '<p>Vi ses vid entrén.</p>' : '<p>We meet at the entrance.</p>',
        link: 'https://example.org/lunch-walk',
        poll: { question, options: lang === 'sv' ? ['Tisdag', 'Torsdag'] : ['Tuesday', 'Thursday'] },
      },
    },
  );
  await graphql(
    page.request,
    `
      mutation ($id: ID!, $body: String!) {
        addComment(targetId: $id, body: $body) {
          id
        }
      }
    `,
    {
      id: createPost.id,
      body: lang === 'sv' ? 'Jag tar med kaffe.' : 'I will bring coffee.',
    },
  );
  return question;
}

test.describe('home feed with a staff post', () => {
  test.afterEach(async ({ page }) => {
    await signOutByApi(page.request);
  });

  test('the post card with its space, poll and comment summary', async ({ page, lang }) => {
    const t = spacesTexts[lang];
    const bo = await prepareDemoPerson(page.request, BO, lang);
    const spaceId = await spaceIdByName(page.request, OPEN_DEMO_SPACE);
    const question = await postWithCommentByApi(page, spaceId, lang);

    await page.goto('/');
    const feed = page.getByRole('region', { name: t.homeFeed, exact: true });
    const card = feed
      .getByRole('article', { name: t.feedPost(bo.displayName, OPEN_DEMO_SPACE) })
      .filter({ hasText: question });
    await expect(card).toBeVisible();
    await expect(card.getByRole('link', { name: OPEN_DEMO_SPACE, exact: true })).toHaveAttribute(
      'href',
      `/spaces/${spaceId}`,
    );
    await expect(card.getByRole('group', { name: question })).toBeVisible();
    await expect(card).toContainText(t.oneComment);
    await expect(card.getByRole('list', { name: t.latestComments })).toContainText(bo.displayName);
    await checkPage(page, lang);
  });

  test('anna’s demo home: pictures and conversation first, the filters behind a button', async ({
    page,
    lang,
  }) => {
    const t = spacesTexts[lang];
    await prepareDemoPerson(page.request, ANNA, lang);
    await page.goto('/');
    const feed = page.getByRole('region', { name: t.homeFeed, exact: true });
    await expect(feed.getByRole('article').first()).toBeVisible();
    // The demo's news carries covers with alt text, and colleagues' reactions and comments. Other
    // tests add news and posts to the same server, so only the pinned welcome is sure to be on the
    // first page; every cover shown must be described.
    const welcome = feed.getByRole('article').filter({ hasText: DEMO_PINNED_TITLE });
    await expect(welcome.locator('.news-card__cover img')).toHaveAttribute('alt', /\w{4,}/);
    const covers = feed.locator('.news-card__cover img');
    for (const alt of await covers.evaluateAll((imgs) => imgs.map((img) => img.getAttribute('alt') ?? '')))
      expect(alt.length).toBeGreaterThan(10);
    await expect(feed.getByRole('list', { name: t.latestComments }).first()).toBeVisible();
    await expect(page.getByRole('region', { name: t.featured }).getByRole('img').first()).toHaveAttribute(
      'alt',
      /\w/,
    );
    // The filters wait behind a disclosure beside the heading; opened, the page is scanned again.
    const filter = feed.getByRole('button', { name: t.filterNews });
    await expect(filter).toHaveAttribute('aria-expanded', 'false');
    await expect(feed.getByRole('form', { name: t.filtersForm })).toBeHidden();
    await checkPage(page, lang);
    await filter.click();
    await expect(filter).toHaveAttribute('aria-expanded', 'true');
    await expect(feed.getByRole('form', { name: t.filtersForm })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('an editor on a space page sees the curation buttons', async ({ page, lang }) => {
    const t = spacesTexts[lang];
    await prepareDemoPerson(page.request, BO, lang);
    const spaceId = await spaceIdByName(page.request, OPEN_DEMO_SPACE);
    await postWithCommentByApi(page, spaceId, lang);
    await signOutByApi(page.request);

    await prepareDemoPerson(page.request, ERIK, lang);
    await page.goto(`/spaces/${encodeURIComponent(spaceId)}`);
    const first = page.getByRole('article').first();
    await expect(first.getByRole('button', { name: new RegExp(`^${t.promote}`) })).toBeVisible();
    await expect(first.getByRole('button', { name: new RegExp(`^${t.feature}`) })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await checkPage(page, lang);
  });

  test('an editor turns a post into a news draft by keyboard; a second time says it already is one', async ({
    page,
    lang,
  }) => {
    test.setTimeout(60_000);
    const t = spacesTexts[lang];
    await prepareDemoPerson(page.request, BO, lang);
    const spaceId = await spaceIdByName(page.request, OPEN_DEMO_SPACE);
    const question = await postWithCommentByApi(page, spaceId, lang);
    await signOutByApi(page.request);

    await prepareDemoPerson(page.request, ERIK, lang);
    await page.goto(`/spaces/${encodeURIComponent(spaceId)}`);
    const card = page.getByRole('article').filter({ hasText: question });
    const promote = card.getByRole('button', { name: new RegExp(`^${t.promote}`) });
    await tabTo(page, promote, { max: 80 });
    await page.keyboard.press('Enter');
    await expectRouteArrived(page, lang, { heading: t.editArticle, title: t.editTitle });
    await expect(page).toHaveURL(/\/studio\/articles\/[^/]+$/);
    await expect(page.getByTestId('announcer')).toHaveText(t.promoted);

    await page.goto(`/spaces/${encodeURIComponent(spaceId)}`);
    await tabTo(page, promote, { max: 80 });
    await page.keyboard.press('Enter');
    await expect(card.getByRole('alert')).toContainText(t.alreadyPromoted);
    await expect(promote).toBeFocused();
    await expect(page).toHaveURL(new RegExp(`/spaces/${spaceId}$`));
  });
});
