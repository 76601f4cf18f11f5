import { BO, DEMO_PASSWORD, ERIK, prepareDemoPerson, signOutByApi } from '../support/demo-api';
import { expect, expectRouteArrived, tabTo, test } from '../support/fixtures';
import { texts, title } from '../support/texts';

test.describe('sign-in and sign-out by keyboard', () => {
  test('the skip link is the first tab stop and moves focus to main', async ({ page, lang }) => {
    const t = texts[lang];
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.signIn.heading);

    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: t.skipLink });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible(); // shown when focused
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();

    // The next Tab continues inside main, not back in the header.
    await page.keyboard.press('Tab');
    const inMain = await page.evaluate(() => !!document.activeElement?.closest('main'));
    expect(inMain, 'focus after the skip link should be inside main').toBe(true);
  });

  test('a wrong password shows the error summary, focused, and the same answer as an unknown e-mail', async ({
    page,
    lang,
  }) => {
    const t = texts[lang];
    await page.goto('/sign-in');

    await tabTo(page, page.getByLabel(t.signIn.email));
    await page.keyboard.type(ERIK);
    await page.keyboard.press('Tab');
    await page.keyboard.type('not-the-right-password');
    await page.keyboard.press('Enter');

    const summary = page.locator('.error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('heading', { level: 2 })).toHaveText(t.signIn.summaryTitle);
    await expect(summary.getByRole('link', { name: t.signIn.invalidCredentials })).toBeVisible();
    await expect(page).toHaveTitle(t.errorTitle(t.signIn.heading));
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByLabel(t.signIn.email)).toHaveAttribute('aria-invalid', 'true');

    // The summary's link takes focus to the field it is about.
    await page.keyboard.press('Tab');
    await expect(summary.getByRole('link', { name: t.signIn.invalidCredentials })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel(t.signIn.email)).toBeFocused();

    // An unknown e-mail gets exactly the same message.
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('nobody@demo.commons');
    await page.keyboard.press('Enter');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText([t.signIn.invalidCredentials]);
  });

  test('sign-out returns to sign-in and the old page needs sign-in again', async ({
    page,
    request,
    lang,
  }) => {
    const t = texts[lang];
    const bo = await prepareDemoPerson(request, BO, lang);
    await signOutByApi(request);

    await page.goto('/people');
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fpeople$/);
    await tabTo(page, page.getByLabel(t.signIn.email));
    await page.keyboard.type(BO);
    await page.keyboard.press('Tab');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');

    // Back where she was going.
    await expect(page).toHaveURL(/\/people$/);
    await expectRouteArrived(page, lang, { heading: t.people.title, title: title(lang, t.people.title) });
    await expect(page.getByText(bo.displayName, { exact: false }).first()).toBeVisible();

    await tabTo(page, page.getByRole('button', { name: t.nav.signOut }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/sign-in/);
    await expectRouteArrived(page, lang, { heading: t.signIn.heading, title: title(lang, t.signIn.heading) });
    await expect(page.getByText(t.signedOut)).toBeVisible();

    // The page from before now asks for sign-in again, and Back does not bring the people list back.
    await page.goto('/people');
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fpeople$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.signIn.heading);
    await expect(page.getByRole('heading', { level: 1, name: t.people.title })).toHaveCount(0);
  });
});
