import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, expectRouteArrived, type Lang, tabTo } from '../support/fixtures';
import { title } from '../support/texts';
import { conversationTexts } from './conversation-texts';

/** Keyboard steps both conversation journeys take (news article and space post), with their checks. */

export const announcer = (page: Page) => page.getByTestId('announcer');

/** The "Like" toggle in the reaction group of a comment by `author`. */
export const likeButton = (comment: Locator, lang: Lang, author: string) =>
  comment
    .getByRole('group', { name: conversationTexts[lang].commentReactions(author) })
    .getByRole('button', { name: conversationTexts[lang].like, exact: true });

/**
 * Tabs to the comment field, types `text @ann` and picks `mention` from the combobox with the arrow
 * keys and Enter. Axe scans the page with the mention list open.
 */
export async function typeCommentMentioning(
  page: Page,
  lang: Lang,
  field: Locator,
  text: string,
  mention: string,
) {
  await tabTo(page, field, { max: 80 });
  await page.keyboard.type(`${text} @ann`);
  const list = page.getByRole('listbox', { name: conversationTexts[lang].mentionList });
  const option = list.getByRole('option', { name: new RegExp(mention) });
  await expect(option).toBeVisible();
  await expect(field).toBeFocused();
  // The combobox open: no WCAG A/AA violations.
  await expectNoAxeViolations(page);

  // Move the highlight to the person (the first option is highlighted already; Down wraps round a one-item list).
  const optionId = await option.getAttribute('id');
  for (let i = 0; i < 8 && (await field.getAttribute('aria-activedescendant')) !== optionId; i++) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(field).toHaveAttribute('aria-activedescendant', optionId ?? '');
  await page.keyboard.press('Enter');
  await expect(list).toBeHidden();
  await expect(field).toHaveValue(`${text} @${mention} `);
}

/** Tabs to "Post" within `scope` and presses it; the comment is announced as posted. */
export async function postComment(page: Page, lang: Lang, scope: Page | Locator) {
  await tabTo(page, scope.getByRole('button', { name: conversationTexts[lang].post, exact: true }));
  await page.keyboard.press('Enter');
  await expect(announcer(page)).toHaveText(conversationTexts[lang].posted);
}

/** Tabs to the comment's "Like" toggle and presses it: pressed, "1 person". Returns the toggle. */
export async function likeComment(page: Page, lang: Lang, comment: Locator, author: string) {
  const like = likeButton(comment, lang, author);
  await expect(like).toHaveAttribute('aria-pressed', 'false');
  await tabTo(page, like, { max: 120 });
  await page.keyboard.press('Enter');
  await expect(like).toHaveAttribute('aria-pressed', 'true');
  await expect(like).toHaveAccessibleDescription(conversationTexts[lang].onePerson);
  return like;
}

/**
 * Opens the comment's "More" menu (`more`) by keyboard, moves down to "Report" (a space's moderator
 * gets "Delete" first), and sends `reason` from the dialog: it closes, the report is announced and
 * focus is back on the menu button. Axe scans the open dialog.
 */
export async function reportComment(page: Page, lang: Lang, more: Locator, author: string, reason: string) {
  const t = conversationTexts[lang];
  await tabTo(page, more, { max: 150 });
  await page.keyboard.press('Enter');
  const report = page.getByRole('menuitem', { name: t.report });
  await expect(page.getByRole('menuitem').first()).toBeFocused();
  for (let i = 0; i < 4 && !(await report.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(report).toBeFocused();
  await page.keyboard.press('Enter');

  const dialog = page.getByRole('dialog', { name: t.reportTitle(author) });
  await expect(dialog.getByRole('textbox', { name: t.reason })).toBeFocused();
  await page.keyboard.type(reason);
  await expectNoAxeViolations(page);
  await tabTo(page, dialog.getByRole('button', { name: t.sendReport }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(announcer(page)).toHaveText(t.reportSent);
  await expect(more).toBeFocused();
}

/** Reaches /moderation through the header link (backwards from the page) and returns the link. */
export async function openModerationPage(page: Page, lang: Lang) {
  const t = conversationTexts[lang];
  const nav = page.getByRole('link', { name: t.nav, exact: true });
  await tabTo(page, nav, { backwards: true });
  await page.keyboard.press('Enter');
  await expectRouteArrived(page, lang, { heading: t.moderationTitle, title: title(lang, t.moderationTitle) });
  return nav;
}

/**
 * The moderation card of the report with `reason`: its heading names the comment's author, and it
 * shows the comment's text and who reported it.
 */
export async function reportCard(
  page: Page,
  lang: Lang,
  report: { reason: string; author: string; text: string; reporter: string },
) {
  const card = page.getByRole('article').filter({ hasText: report.reason });
  await expect(card.getByRole('heading', { level: 2 })).toHaveText(
    conversationTexts[lang].commentHeading(report.author),
  );
  await expect(card).toContainText(report.text);
  await expect(card).toContainText(report.reporter);
  return card;
}

/**
 * Hides the reported comment from its moderation card with `reason`, by keyboard: the dialog closes,
 * the change is announced and the card leaves the queue. Axe scans the open dialog.
 */
export async function hideReportedComment(
  page: Page,
  lang: Lang,
  card: Locator,
  author: string,
  reason: string,
) {
  const t = conversationTexts[lang];
  const hide = card.getByRole('button', { name: new RegExp(`^${t.hide}\\b`) });
  await tabTo(page, hide, { max: 200 });
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: t.hideTitle(author) });
  await expect(dialog.getByRole('textbox')).toBeFocused();
  await page.keyboard.type(reason);
  await expectNoAxeViolations(page);
  await tabTo(page, dialog.getByRole('button', { name: t.hide, exact: true }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(announcer(page)).toHaveText(t.hidden);
  await expect(card).toHaveCount(0);
}
