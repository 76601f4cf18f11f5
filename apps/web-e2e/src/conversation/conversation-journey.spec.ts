import { request as playwrightRequest, type Page } from '@playwright/test';
import { ANNA, BO, ERIK, graphql, prepareDemoPerson, signInByApi } from '../support/demo-api';
import { expect, expectNoAxeViolations, expectNoHorizontalScroll, Lang, test } from '../support/fixtures';
import { title } from '../support/texts';
import { signInThroughPage } from '../news/news-support';
import {
  hideReportedComment,
  likeButton,
  likeComment,
  openModerationPage,
  postComment,
  reportCard,
  reportComment,
  typeCommentMentioning,
} from './conversation-steps';
import { conversationTexts } from './conversation-texts';

/**
 * Issue 4's conversation and moderation journey on a seeded news article everyone can see, keyboard
 * only once signed in: bo comments mentioning @anna through the combobox; anna sees it and reacts;
 * bo reports a colleague's off-topic comment; erik hides it from the moderation page; anna no
 * longer sees it; its author sees it hidden, with erik's reason. Axe scans the pages on the way.
 *
 * The reported comment is written by Jonas (set up through the API): the web offers "Report" on
 * others' comments only, so bo cannot report his own.
 */
test.describe.configure({ mode: 'serial' });

/** Seeded for everyone (apps/api/src/database/seed/demo-news.data.ts). */
const ARTICLE_TITLE = 'Friskvårdsbidraget höjs till 5 000 kronor';
const JONAS = 'jonas.mattsson@demo.commons';
const NAMES = { anna: 'Anna Lindqvist', bo: 'Bo Ekström', erik: 'Erik Sandberg', jonas: 'Jonas Mattsson' };

const run = { articleId: '', boText: '', spamText: '', reportReason: '', hideReason: '' };

async function openArticle(page: Page, lang: Lang) {
  await page.goto(`/news/${run.articleId}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE_TITLE);
  await expect(page).toHaveTitle(title(lang, ARTICLE_TITLE));
  await expect(
    page.getByRole('heading', { level: 2, name: conversationTexts[lang].commentsHeading }),
  ).toBeVisible();
}

const commentBy = (page: Page, text: string) => page.getByRole('article').filter({ hasText: text });

test.describe('conversation and moderation on a news article', () => {
  test('bo comments and mentions anna through the combobox, keyboard only', async ({ page, lang }) => {
    const t = conversationTexts[lang];
    const stamp = `${lang} ${Date.now().toString(36)}`;
    run.boText = `Bra nyhet, vi ses på gymmet (${stamp})`;
    run.spamText = `Köp billiga klockor på klockor.example (${stamp})`;
    run.reportReason = `Reklam, hör inte hit (${stamp})`;
    run.hideReason = `Reklam för en webbutik (${stamp})`;

    await signInThroughPage(page, BO, lang);
    const { feed } = await graphql<{ feed: { edges: { node: { id: string; title: string } }[] } }>(
      page.request,
      '{ feed(first: 100) { edges { node { id title } } } }',
    );
    const article = feed.edges.find((e) => e.node.title === ARTICLE_TITLE);
    if (!article) throw new Error(`bo cannot see "${ARTICLE_TITLE}"`);
    run.articleId = article.node.id;

    await openArticle(page, lang);
    const field = page.getByRole('textbox', { name: t.commentField });
    await typeCommentMentioning(page, lang, field, run.boText, NAMES.anna);
    await page.keyboard.type('!');
    await postComment(page, lang, page);
    const comment = commentBy(page, run.boText);
    await expect(comment).toHaveCount(1);
    await expect(comment.getByRole('link', { name: `@${NAMES.anna}` })).toBeVisible();
    await expect(field).toHaveValue('');
    await expect(page.getByRole('button', { name: t.post, exact: true })).toBeFocused();

    // The article page with comments: no WCAG A/AA violations.
    await expectNoAxeViolations(page);
    // Reflow: the thread fits a 320 px wide window.
    await page.setViewportSize({ width: 320, height: 720 });
    await expectNoHorizontalScroll(page);
  });

  test('anna sees the comment and reacts to it with a toggle button', async ({ page, lang }) => {
    await signInThroughPage(page, ANNA, lang);
    await openArticle(page, lang);
    const comment = commentBy(page, run.boText);
    await expect(comment.getByRole('link', { name: `@${NAMES.anna}` })).toHaveAttribute('href', /\/people\//);

    const like = await likeComment(page, lang, comment, NAMES.bo);
    await expect(like).toBeFocused();

    // The server kept it: after a reload the button is still pressed.
    await page.reload();
    await expect(likeButton(commentBy(page, run.boText), lang, NAMES.bo)).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  test('bo reports a colleague’s off-topic comment with a reason', async ({ page, lang, baseURL }) => {
    const t = conversationTexts[lang];
    // Jonas writes the off-topic comment (set-up through the API, in his own session).
    const jonas = await playwrightRequest.newContext({ baseURL });
    await signInByApi(jonas, JONAS);
    await graphql(jonas, 'mutation ($t: ID!, $b: String!) { addComment(targetId: $t, body: $b) { id } }', {
      t: run.articleId,
      b: `<p>${run.spamText}</p>`,
    });
    await jonas.dispose();

    await signInThroughPage(page, BO, lang);
    await openArticle(page, lang);
    const more = commentBy(page, run.spamText).getByRole('button', { name: t.more(NAMES.jonas) });
    await reportComment(page, lang, more, NAMES.jonas, run.reportReason);
  });

  test('erik hides the comment from the moderation page with a reason', async ({ page, lang }) => {
    await signInThroughPage(page, ERIK, lang);
    const nav = await openModerationPage(page, lang);
    await expect(nav).toHaveAttribute('aria-current', 'page');

    const card = await reportCard(page, lang, {
      reason: run.reportReason,
      author: NAMES.jonas,
      text: run.spamText,
      reporter: NAMES.bo,
    });
    await expect(card.getByRole('link', { name: ARTICLE_TITLE })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 320, height: 720 });
    await expectNoHorizontalScroll(page);
    await page.setViewportSize({ width: 1280, height: 720 });

    await hideReportedComment(page, lang, card, NAMES.jonas, run.hideReason);
    // Focus went on: to the next report's heading, or the page heading when none is left.
    await expect(page.locator(':focus')).toHaveAttribute('tabindex', '-1');
  });

  test('anna no longer sees the hidden comment', async ({ page, lang }) => {
    await signInThroughPage(page, ANNA, lang);
    await openArticle(page, lang);
    await expect(commentBy(page, run.boText)).toHaveCount(1);
    await expect(page.getByText(run.spamText)).toHaveCount(0);
  });

  test('its author sees it hidden, with the moderator’s reason', async ({ page, lang }) => {
    const t = conversationTexts[lang];
    await prepareDemoPerson(page.request, JONAS, lang);
    await signInThroughPage(page, JONAS, lang);
    await openArticle(page, lang);
    const comment = commentBy(page, run.spamText);
    await expect(comment).toContainText(t.hiddenNotice(run.hideReason));
    await expectNoAxeViolations(page);
  });
});
