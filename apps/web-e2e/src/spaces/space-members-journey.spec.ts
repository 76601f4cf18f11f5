import { request as playwrightRequest } from '@playwright/test';
import { BO, graphql, signInByApi, signOutByApi } from '../support/demo-api';
import { expect, expectNoAxeViolations, expectNoHorizontalScroll, tabTo, test } from '../support/fixtures';
import { signInThroughPage } from '../news/news-support';
import { createSpace, gradientPng } from './spaces-support';
import { spacesTexts } from './spaces-texts';

const MARIA = 'maria.isaksson@demo.commons';
const MARIA_NAME = 'Maria Isaksson';
const PER_NAME = 'Per Östlund';

/**
 * A project space's owner runs it, keyboard only: bo (who owns it) invites two colleagues through the
 * people search, sees both under pending invitations and withdraws one; the other accepts, and bo
 * makes her a moderator; then she posts a picture with its alt text (first trying without). axe scans
 * each state on the way: the owner's page, the search open, the pending invitations before and after
 * the withdrawal, the role form, the composer with an image and its error summary, and the published post.
 */
test.describe('space members journey', () => {
  test('an owner invites two colleagues and withdraws one invitation; the other, made moderator, posts an image with alt text', async ({
    page,
    lang,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const t = spacesTexts[lang];

    // Bo signs in and starts a closed project space (set-up through the API).
    await signInThroughPage(page, BO, lang);
    const spaceName = `${lang === 'sv' ? 'Projekt handboken' : 'Handbook project'} ${Date.now()}`;
    const spaceId = await createSpace(page.request, spaceName, 'CLOSED');
    await page.goto(`/spaces/${encodeURIComponent(spaceId)}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(spaceName);
    const members = page.getByRole('region', { name: t.members, exact: true });
    await expectNoAxeViolations(page);

    // Invite Maria: type part of her name, the list opens with her highlighted, Enter picks her.
    const search = members.getByRole('combobox', { name: t.inviteSearch });
    await tabTo(page, search, { max: 60 });
    await page.keyboard.type('Maria Isak');
    const option = members.getByRole('option', { name: new RegExp(`^${MARIA_NAME}`) });
    await expect(option).toBeVisible();
    await expect(search).toHaveAttribute('aria-expanded', 'true');
    await expect(option).toHaveAttribute('aria-selected', 'true');
    await expectNoAxeViolations(page);
    // The open list stays within a 360 px wide screen.
    await page.setViewportSize({ width: 360, height: 740 });
    await expectNoHorizontalScroll(page);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.keyboard.press('Enter');
    await expect(search).toBeFocused();
    await expect(search).toHaveValue('');
    await tabTo(page, members.getByRole('button', { name: t.inviteSend }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toHaveText(t.inviteSent(MARIA_NAME));
    await expect(search).toBeFocused();

    // He invites Per too: both wait under pending invitations, oldest first.
    await page.keyboard.type('Per Östl');
    await expect(members.getByRole('option', { name: new RegExp(`^${PER_NAME}`) })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await page.keyboard.press('Enter');
    await tabTo(page, members.getByRole('button', { name: t.inviteSend }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toHaveText(t.inviteSent(PER_NAME));
    const pending = members.getByRole('region', { name: t.pendingInvitations(2) });
    await expect(pending.getByRole('link')).toHaveText([MARIA_NAME, PER_NAME]);
    await expectNoAxeViolations(page);

    // Then withdraws Per's invitation: announced, and focus moves to the invitation left.
    await tabTo(page, pending.getByRole('button', { name: t.withdrawInvitation(PER_NAME) }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toHaveText(t.invitationWithdrawn(PER_NAME));
    const stillPending = members.getByRole('region', { name: t.pendingInvitations(1) });
    await expect(stillPending.getByRole('button', { name: t.withdrawInvitation(MARIA_NAME) })).toBeFocused();
    await expect(stillPending.getByRole('link')).toHaveText([MARIA_NAME]);
    await expectNoAxeViolations(page);

    // Maria accepts the invitation (in her own session, through the API).
    const maria = await playwrightRequest.newContext({ baseURL });
    await signInByApi(maria, MARIA);
    await graphql(maria, 'mutation ($id: ID!) { joinSpace(id: $id) { id } }', { id: spaceId });
    await maria.dispose();

    // Bo makes her a moderator: the role form opens on her current role, arrows choose, Save saves.
    // Her invitation, accepted, is no longer pending.
    await page.reload();
    await expect(members.getByRole('region', { name: t.pendingInvitations(0) })).toBeVisible();
    const changeRole = members.getByRole('button', { name: t.changeRole(MARIA_NAME) });
    await tabTo(page, changeRole, { max: 60 });
    await page.keyboard.press('Enter');
    const roles = members.getByRole('group', { name: t.roleLegend(MARIA_NAME) });
    await expect(roles.getByRole('radio', { name: t.member, exact: true })).toBeFocused();
    await expectNoAxeViolations(page);
    await page.keyboard.press('ArrowDown');
    await expect(roles.getByRole('radio', { name: t.moderator, exact: true })).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(members.getByRole('button', { name: t.saveRole })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toHaveText(t.nowModerator(MARIA_NAME));
    await expect(changeRole).toBeFocused();
    await expect(members.getByRole('listitem').filter({ hasText: MARIA_NAME })).toContainText(t.moderator);

    // Maria posts a picture. Publishing without alt text is refused, with the error linked to the field.
    await signInThroughPage(page, MARIA, lang);
    await page.goto(`/spaces/${encodeURIComponent(spaceId)}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(spaceName);
    const composer = page.getByRole('region', { name: t.composer });
    await tabTo(page, composer.getByRole('textbox', { name: t.text }));
    await page.keyboard.type(
      lang === 'sv' ? 'Så här ser omslaget ut nu.' : 'This is what the cover looks like now.',
    );
    await tabTo(page, composer.getByLabel(t.addImage));
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('Space');
    await (await chooser).setFiles({ name: 'cover.png', mimeType: 'image/png', buffer: gradientPng() });
    const alt = composer.getByRole('textbox', { name: t.imageAlt(1) });
    await expect(alt).toBeFocused();
    await expect(composer.locator('img')).toHaveAttribute('alt', '');

    await tabTo(page, composer.getByRole('button', { name: t.publish }));
    await page.keyboard.press('Enter');
    const missing = composer.getByRole('link', { name: t.altRequired(1) });
    await expect(missing).toBeVisible();
    await expect(alt).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);
    await tabTo(page, missing);
    await page.keyboard.press('Enter');
    await expect(alt).toBeFocused();
    const altText =
      lang === 'sv'
        ? 'Utkast till handbokens omslag: en blå och grön färgtoning'
        : 'Draft of the handbook cover: a blue and green colour gradient';
    await page.keyboard.type(altText);
    await tabTo(page, composer.getByRole('button', { name: t.publish }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toHaveText(t.published);
    await expect(composer.getByRole('textbox', { name: t.text })).toBeFocused();

    // The post shows the image with her alt text.
    const post = page.getByRole('article').filter({ hasText: MARIA_NAME }).first();
    await expect(post.getByRole('img', { name: altText })).toBeVisible();
    await expectNoAxeViolations(page);
    await signOutByApi(page.request);
  });
});
