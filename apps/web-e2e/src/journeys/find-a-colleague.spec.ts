import type { Locator, Page } from '@playwright/test';
import { ANNA, BO, DemoPerson, findPerson, prepareDemoPerson, signOutByApi } from '../support/demo-api';
import { expect, expectRouteArrived, Lang, tabTo, test } from '../support/fixtures';
import { languageNames, otherLang, texts, title } from '../support/texts';

/**
 * Anna's first morning, by keyboard alone: sign in, see her name and unit, switch language, find Bo
 * in the directory and open his profile. Every navigation lands on a focused h1 with a new title
 * and the right html[lang].
 */
test.describe('find a colleague by keyboard', () => {
  let anna: DemoPerson;
  let bo: DemoPerson;

  test.beforeEach(async ({ request, lang }) => {
    // Anna's saved language decides the pages after sign-in; journeys change it, so reset it.
    anna = await prepareDemoPerson(request, ANNA, lang);
    bo = await findPerson(request, BO);
    await signOutByApi(request);
  });

  test('anna signs in, switches language, finds bo and opens his profile', async ({ page, lang }) => {
    const t = texts[lang];

    // Signed out, the home page sends her to sign-in, in the browser's language.
    await page.goto('/');
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page).toHaveTitle(title(lang, t.signIn.heading));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.signIn.heading);

    // Sign in with the keyboard: Tab to each field, type, Enter submits.
    await tabTo(page, page.getByLabel(t.signIn.email));
    await page.keyboard.type(ANNA);
    await page.keyboard.press('Tab');
    await expect(page.getByLabel(t.signIn.password)).toBeFocused();
    await page.keyboard.type('commons-demo');
    await page.keyboard.press('Enter');

    // Home greets her by name and names her unit.
    await expect(page).toHaveURL(/\/$/);
    await expectRouteArrived(page, lang, {
      heading: t.home.greeting(anna.displayName),
      title: title(lang, t.home.title),
    });
    await expect(page.getByText(t.home.unit(anna.unitName))).toBeVisible();

    // Switch language with the switch in the header, and back, so both directions are exercised
    // and the rest of the journey runs in this project's language. Swedish is always visited.
    const other = otherLang(lang);
    await switchLanguage(page, lang, other);
    await expectHomeIn(page, other, anna);
    // The choice is saved on her profile: it survives a reload, whatever this browser's language.
    await page.reload();
    await expectHomeIn(page, other, anna);
    await switchLanguage(page, other, lang);
    await expectHomeIn(page, lang, anna);

    // The directory, through the main navigation.
    await tabToHeader(
      page,
      page.getByRole('navigation', { name: t.nav.label }).getByRole('link', { name: t.nav.people }),
    );
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/people$/);
    await expectRouteArrived(page, lang, { heading: t.people.title, title: title(lang, t.people.title) });

    // Search for Bo by name; focus stays in the field while results arrive.
    const search = page.getByRole('searchbox', { name: t.people.searchLabel });
    await tabTo(page, search);
    await page.keyboard.type(bo.displayName);
    await page.keyboard.press('Enter');
    await expect(search).toBeFocused();
    const results = page.getByRole('region', { name: new RegExp(escapeRegExp(bo.displayName)) });
    await expect(results.getByRole('heading', { level: 2 })).toContainText(bo.displayName);
    const boLink = results.getByRole('link', { name: bo.displayName, exact: true });
    await expect(boLink).toBeVisible();

    // His profile.
    await tabTo(page, boLink);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/people/${encodeURIComponent(bo.id)}$`));
    await expectRouteArrived(page, lang, { heading: bo.displayName, title: title(lang, bo.displayName) });
    await expect(page.getByRole('heading', { level: 2, name: t.profile.details })).toBeVisible();
    await expect(page.getByRole('link', { name: bo.email })).toBeVisible();
    await expect(page.getByText(bo.unitName)).toBeVisible();

    // The browser's Back returns to the search she made, again with the heading focused.
    await page.goBack();
    await expect(page).toHaveURL(/\/people\?q=/);
    await expectRouteArrived(page, lang, { heading: t.people.title, title: title(lang, t.people.title) });
    await expect(page.getByRole('searchbox', { name: t.people.searchLabel })).toHaveValue(bo.displayName);
    await expect(page.getByRole('link', { name: bo.displayName, exact: true })).toBeVisible();
  });
});

/**
 * Tabs to a control in the page header by the short way round: backwards when it comes before the
 * focused element (a route change focuses its h1, and the home feed below it is long).
 */
async function tabToHeader(page: Page, target: Locator) {
  const backwards = await target.evaluate((el) => {
    const active = document.activeElement;
    return (
      !!active &&
      active !== document.body &&
      (active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING) !== 0
    );
  });
  await tabTo(page, target, { backwards });
}

async function switchLanguage(page: Page, from: Lang, to: Lang) {
  const languageNav = page.getByRole('navigation', { name: texts[from].language });
  const link = languageNav.getByRole('link', { name: languageNames[to] });
  await tabToHeader(page, link);
  // Signed in, the choice is saved on the person: wait for the server to confirm it.
  const saved = page.waitForResponse(
    (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('updateMyPreferences'),
  );
  await page.keyboard.press('Enter');
  expect((await saved).ok()).toBe(true);
  await expect(page.locator('html')).toHaveAttribute('lang', to);
  // The switch marks the language now in use.
  await expect(
    page.getByRole('navigation', { name: texts[to].language }).getByRole('link', { name: languageNames[to] }),
  ).toHaveAttribute('aria-current', 'true');
}

async function expectHomeIn(page: Page, lang: Lang, anna: DemoPerson) {
  const t = texts[lang];
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.home.greeting(anna.displayName));
  await expect(page.getByText(t.home.unit(anna.unitName))).toBeVisible();
  await expect(page).toHaveTitle(title(lang, t.home.title));
  const nav = page.getByRole('navigation', { name: t.nav.label });
  await expect(nav.getByRole('link', { name: t.nav.people })).toBeVisible();
  await expect(page.getByRole('button', { name: t.nav.signOut })).toBeVisible();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
