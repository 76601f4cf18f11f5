import { ANNA } from '../support/demo-api';
import { expect, expectRouteArrived, tabTo, test } from '../support/fixtures';
import { title } from '../support/texts';
import { signInThroughPage } from '../news/news-support';
import { leaveSpaceIfMember, spaceIdByName } from './spaces-support';
import { OPEN_DEMO_SPACE, spacesTexts } from './spaces-texts';

/**
 * Issue 4's journey, its first steps, keyboard only after sign-in: anna opens Spaces from the main
 * navigation, joins the open demo space and posts a poll in it, then votes in her own poll.
 */
test.describe('spaces journey', () => {
  test('anna joins an open space and posts a poll, keyboard only', async ({ page, lang }) => {
    test.setTimeout(90_000);
    const t = spacesTexts[lang];
    await signInThroughPage(page, ANNA, lang);
    await leaveSpaceIfMember(page.request, await spaceIdByName(page.request, OPEN_DEMO_SPACE));

    // Spaces from the main navigation, back from the home page's focused h1 (the feed may be long).
    await tabTo(
      page,
      page
        .getByRole('navigation', { name: lang === 'sv' ? 'Huvudmeny' : 'Main' })
        .getByRole('link', { name: t.nav }),
      {
        backwards: true,
      },
    );
    await page.keyboard.press('Enter');
    await expectRouteArrived(page, lang, { heading: t.title, title: title(lang, t.title) });

    // The open demo space, among those to discover.
    const discover = page.getByRole('region', { name: t.discover });
    const spaceLink = discover.getByRole('link', { name: OPEN_DEMO_SPACE, exact: true });
    await tabTo(page, spaceLink);
    await page.keyboard.press('Enter');
    await expectRouteArrived(page, lang, { heading: OPEN_DEMO_SPACE, title: title(lang, OPEN_DEMO_SPACE) });

    // Join: the button turns into "Leave", keeps focus, and the change is announced.
    await tabTo(page, page.getByRole('button', { name: t.join }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: t.leave })).toBeFocused();
    await expect(page.getByRole('status')).toHaveText(t.joined(OPEN_DEMO_SPACE));

    // Write a post with a poll of three options.
    const composer = page.getByRole('region', { name: t.composer });
    const question = `${lang === 'sv' ? 'Vilken dag passar för promenaden?' : 'Which day suits the walk?'} ${Date.now()}`;
    await tabTo(page, composer.getByRole('textbox', { name: t.text }));
    await page.keyboard.type(
      lang === 'sv' ? 'Jag är ny här och vill gärna gå med.' : 'I am new here and keen to join.',
    );
    await tabTo(page, composer.getByRole('checkbox', { name: t.addPoll }));
    await page.keyboard.press('Space');
    await tabTo(page, composer.getByRole('textbox', { name: t.question, exact: true }));
    await page.keyboard.type(question);
    await page.keyboard.press('Tab');
    await expect(composer.getByRole('textbox', { name: t.option(1) })).toBeFocused();
    await page.keyboard.type(lang === 'sv' ? 'Tisdag' : 'Tuesday');
    await page.keyboard.press('Tab');
    await page.keyboard.type(lang === 'sv' ? 'Torsdag' : 'Thursday');
    await tabTo(page, composer.getByRole('button', { name: t.addOption }));
    await page.keyboard.press('Enter');
    await expect(composer.getByRole('textbox', { name: t.option(3) })).toBeFocused();
    await page.keyboard.type(lang === 'sv' ? 'Fredag' : 'Friday');
    await tabTo(page, composer.getByRole('button', { name: t.publish }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toHaveText(t.published);
    await expect(composer.getByRole('textbox', { name: t.text })).toBeFocused();
    await expect(composer.getByRole('textbox', { name: t.text })).toHaveValue('');

    // The post is in the feed with its poll; anna votes in it by keyboard.
    const poll = page.getByRole('group', { name: question });
    await expect(poll).toBeVisible();
    const friday = poll.getByRole('radio', { name: lang === 'sv' ? 'Fredag' : 'Friday' });
    await tabTo(page, poll.getByRole('radio').first());
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(friday).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: t.vote }).first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 4, name: question })).toBeFocused();
    await expect(page.getByRole('status')).toHaveText(t.voted);
    await expect(page.getByText(t.oneVoter).first()).toBeVisible();
  });
});
