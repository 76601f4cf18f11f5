import type { Locator, Page } from '@playwright/test';
import { ANNA, BO, ERIK } from '../support/demo-api';
import { expect, expectNoAxeViolations, expectRouteArrived, Lang, tabTo, test } from '../support/fixtures';
import { title } from '../support/texts';
import { signInThroughPage } from '../news/news-support';
import { leaveSpaceIfMember, spaceIdByName } from '../spaces/spaces-support';
import { OPEN_DEMO_SPACE, spacesTexts } from '../spaces/spaces-texts';
import {
  announcer,
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
 * Issue 4's browser journey in full, on a space page, keyboard only once signed in: anna joins the
 * open space and posts a poll; bo votes and comments on her post mentioning @anna (combobox); anna
 * reacts to his comment (a toggle) and replies; erik turns her post into a news draft (the studio opens
 * on it); bo reports anna's reply (the web offers "Report" on others' comments only, so the reported
 * comment is hers) and erik hides it with a reason on /moderation; anna sees it hidden with the
 * reason; others (jonas) no longer see it — bo owns the space, so as its moderator he still does,
 * marked hidden. Axe scans every page on the way (space page with comments and the
 * mention list open, moderation page, studio draft) in this project's language.
 *
 * Both language projects use the same server and the same demo space: every text carries the
 * project's language and a time stamp, and anna leaves the space first so that joining is real.
 */
test.describe.configure({ mode: 'serial' });

const JONAS = 'jonas.mattsson@demo.commons';
const NAMES = { anna: 'Anna Lindqvist', bo: 'Bo Ekström', erik: 'Erik Sandberg' };
const run = {
  spaceId: '',
  postText: '',
  question: '',
  boText: '',
  replyText: '',
  reportReason: '',
  hideReason: '',
};

async function openSpace(page: Page, lang: Lang) {
  await page.goto(`/spaces/${encodeURIComponent(run.spaceId)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(OPEN_DEMO_SPACE);
  await expect(page).toHaveTitle(title(lang, OPEN_DEMO_SPACE));
}

/** anna's post card (an <article> holding its conversation). */
const postCard = (page: Page) => page.locator('article.post-card').filter({ hasText: run.postText });
/** A comment's own <article> in anna's post (the innermost one holding the text). */
const commentIn = (card: Locator, text: string) =>
  card.locator('article.comment').filter({ hasText: text }).last();

test.describe('conversation on a space post: the issue’s journey', () => {
  test('anna joins the open space and posts a poll, keyboard only', async ({ page, lang }) => {
    test.setTimeout(90_000);
    const t = spacesTexts[lang];
    const stamp = `${lang} ${Date.now().toString(36)}`;
    run.postText =
      lang === 'sv'
        ? `Ny här, vi promenerar väl ihop? (${stamp})`
        : `New here, shall we walk together? (${stamp})`;
    run.question = lang === 'sv' ? `Vilken dag passar? (${stamp})` : `Which day suits you? (${stamp})`;
    run.boText =
      lang === 'sv' ? `Välkommen! Torsdag passar mig (${stamp})` : `Welcome! Thursday suits me (${stamp})`;
    run.replyText = lang === 'sv' ? `Toppen, då ses vi (${stamp})` : `Great, see you then (${stamp})`;
    run.reportReason = lang === 'sv' ? `Fel tråd (${stamp})` : `Wrong thread (${stamp})`;
    run.hideReason = lang === 'sv' ? `Hör inte till inlägget (${stamp})` : `Not about the post (${stamp})`;

    await signInThroughPage(page, ANNA, lang);
    run.spaceId = await spaceIdByName(page.request, OPEN_DEMO_SPACE);
    await leaveSpaceIfMember(page.request, run.spaceId);
    await openSpace(page, lang);

    await tabTo(page, page.getByRole('button', { name: t.join }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: t.leave })).toBeFocused();
    await expect(announcer(page)).toHaveText(t.joined(OPEN_DEMO_SPACE));

    const composer = page.getByRole('region', { name: t.composer });
    await tabTo(page, composer.getByRole('textbox', { name: t.text }));
    await page.keyboard.type(run.postText);
    await tabTo(page, composer.getByRole('checkbox', { name: t.addPoll }));
    await page.keyboard.press('Space');
    await tabTo(page, composer.getByRole('textbox', { name: t.question, exact: true }));
    await page.keyboard.type(run.question);
    await page.keyboard.press('Tab');
    await page.keyboard.type(lang === 'sv' ? 'Tisdag' : 'Tuesday');
    await page.keyboard.press('Tab');
    await page.keyboard.type(lang === 'sv' ? 'Torsdag' : 'Thursday');
    await tabTo(page, composer.getByRole('button', { name: t.publish }));
    await page.keyboard.press('Enter');
    await expect(announcer(page)).toHaveText(t.published);
    await expect(postCard(page).getByRole('group', { name: run.question })).toBeVisible();
  });

  test('bo votes in her poll and comments on her post, mentioning @anna through the combobox', async ({
    page,
    lang,
  }) => {
    test.setTimeout(90_000);
    const s = spacesTexts[lang];
    const t = conversationTexts[lang];
    await signInThroughPage(page, BO, lang);
    await openSpace(page, lang);
    const card = postCard(page);
    const poll = card.getByRole('group', { name: run.question });
    await tabTo(page, poll.getByRole('radio').first(), { max: 80 });
    await page.keyboard.press('ArrowDown');
    await expect(poll.getByRole('radio', { name: lang === 'sv' ? 'Torsdag' : 'Thursday' })).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(card.getByRole('button', { name: s.vote })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(announcer(page)).toHaveText(s.voted);
    await expect(card.getByText(s.oneVoter)).toBeVisible();

    // The space page with its comments and the mention list open: axe scans it on the way.
    await typeCommentMentioning(
      page,
      lang,
      card.getByRole('textbox', { name: t.commentField }),
      run.boText,
      NAMES.anna,
    );
    await postComment(page, lang, card);
    const comment = commentIn(card, run.boText);
    await expect(comment.getByRole('link', { name: `@${NAMES.anna}` })).toHaveAttribute('href', /\/people\//);
    await expectNoAxeViolations(page);
  });

  test('anna reacts to his comment (a toggle button) and replies to it', async ({ page, lang }) => {
    test.setTimeout(90_000);
    const t = conversationTexts[lang];
    await signInThroughPage(page, ANNA, lang);
    await openSpace(page, lang);
    const card = postCard(page);
    const comment = commentIn(card, run.boText);
    await expect(comment.getByRole('link', { name: `@${NAMES.anna}` })).toBeVisible();

    const like = await likeComment(page, lang, comment, NAMES.bo);
    await expect(announcer(page)).toHaveText(t.reactionChosen(t.like));
    // A toggle: pressed again it lets go (once the server has answered), and once more it is back.
    await page.keyboard.press('Enter');
    await expect(like).toHaveAttribute('aria-pressed', 'false');
    await expect(announcer(page)).toHaveText(t.reactionRemoved);
    await page.keyboard.press('Enter');
    await expect(like).toHaveAttribute('aria-pressed', 'true');
    await expect(announcer(page)).toHaveText(t.reactionChosen(t.like));
    await expect(like).toBeFocused();

    await tabTo(page, comment.getByRole('button', { name: t.reply(NAMES.bo) }));
    await page.keyboard.press('Enter');
    const replyField = card.getByRole('textbox', { name: t.replyField(NAMES.bo) });
    await expect(replyField).toBeFocused();
    await page.keyboard.type(run.replyText);
    await tabTo(page, card.getByRole('button', { name: t.replySubmit, exact: true }));
    await page.keyboard.press('Enter');
    await expect(announcer(page)).toHaveText(t.replyPosted);
    await expect(commentIn(card, run.replyText)).toBeVisible();

    await page.reload();
    await expect(likeButton(commentIn(postCard(page), run.boText), lang, NAMES.bo)).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  test('erik turns anna’s post into a news draft: the studio opens on it', async ({ page, lang }) => {
    test.setTimeout(60_000);
    const s = spacesTexts[lang];
    await signInThroughPage(page, ERIK, lang);
    await openSpace(page, lang);
    const promote = postCard(page).getByRole('button', { name: new RegExp(`^${s.promote}`) });
    await tabTo(page, promote, { max: 80 });
    await page.keyboard.press('Enter');
    await expectRouteArrived(page, lang, { heading: s.editArticle, title: s.editTitle });
    await expect(page).toHaveURL(/\/studio\/articles\/[^/]+$/);
    await expect(announcer(page)).toHaveText(s.promoted);
    // The studio's draft page: no WCAG A/AA violations.
    await expectNoAxeViolations(page);
  });

  test('bo reports anna’s reply with a reason', async ({ page, lang }) => {
    test.setTimeout(60_000);
    const t = conversationTexts[lang];
    await signInThroughPage(page, BO, lang);
    await openSpace(page, lang);
    const more = commentIn(postCard(page), run.replyText).getByRole('button', { name: t.more(NAMES.anna) });
    // bo owns the space, so "Delete" comes first in the menu; the step moves down to "Report".
    await reportComment(page, lang, more, NAMES.anna, run.reportReason);
  });

  test('erik hides the reply from the moderation page with a reason', async ({ page, lang }) => {
    test.setTimeout(60_000);
    await signInThroughPage(page, ERIK, lang);
    await openModerationPage(page, lang);
    const card = await reportCard(page, lang, {
      reason: run.reportReason,
      author: NAMES.anna,
      text: run.replyText,
      reporter: NAMES.bo,
    });
    // The moderation page: no WCAG A/AA violations.
    await expectNoAxeViolations(page);
    await hideReportedComment(page, lang, card, NAMES.anna, run.hideReason);
  });

  test('anna, its author, sees her reply hidden with the moderator’s reason', async ({ page, lang }) => {
    const t = conversationTexts[lang];
    await signInThroughPage(page, ANNA, lang);
    await openSpace(page, lang);
    const reply = commentIn(postCard(page), run.replyText);
    await expect(reply).toContainText(t.hiddenNotice(run.hideReason));
    await expect(reply).toContainText(t.hiddenExplainAuthor);
    await expectNoAxeViolations(page);
  });

  test('others no longer see the hidden reply (bo, who owns the space, sees it marked hidden)', async ({
    page,
    lang,
  }) => {
    const t = conversationTexts[lang];
    // Jonas: an employee, no moderator here, reading the open space.
    await signInThroughPage(page, JONAS, lang);
    await openSpace(page, lang);
    await expect(commentIn(postCard(page), run.boText)).toBeVisible();
    await expect(page.getByText(run.replyText)).toHaveCount(0);

    // bo owns the space, so he moderates it: he still sees the reply, marked hidden for its readers.
    await signInThroughPage(page, BO, lang);
    await openSpace(page, lang);
    await expect(commentIn(postCard(page), run.replyText)).toContainText(t.hiddenExplainModerator);
  });
});
