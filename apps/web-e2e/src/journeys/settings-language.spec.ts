import { ADA, prepareDemoPerson } from '../support/demo-api';
import { expect, expectRouteArrived, tabTo, test } from '../support/fixtures';
import { languageNames, otherLang, texts, title } from '../support/texts';

/** Choosing a language in settings, by keyboard: radio buttons with arrows, saved on the person. */
test('a person changes their language in settings, and it stays changed', async ({ page, lang }) => {
  // Ada signs in through the page's own request client, so the browser shares her session.
  await prepareDemoPerson(page.request, ADA, lang);
  const other = otherLang(lang);
  const t = texts[lang];
  const o = texts[other];

  // To settings through the main navigation.
  await page.goto('/');
  await tabTo(
    page,
    page.getByRole('navigation', { name: t.nav.label }).getByRole('link', { name: t.nav.settings }),
  );
  await page.keyboard.press('Enter');
  await expectRouteArrived(page, lang, { heading: t.settings.title, title: title(lang, t.settings.title) });

  // The current language is checked; an arrow key moves the choice within the group.
  const current = page.getByRole('radio', { name: languageNames[lang] });
  const wanted = page.getByRole('radio', { name: languageNames[other] });
  await expect(current).toBeChecked();
  await tabTo(page, current);
  await page.keyboard.press(lang === 'sv' ? 'ArrowDown' : 'ArrowUp'); // Svenska is listed first
  await expect(wanted).toBeChecked();
  await expect(wanted).toBeFocused();
  await expect(page.locator('html')).toHaveAttribute('lang', lang); // nothing changes before saving

  await tabTo(page, page.getByRole('button', { name: t.settings.languageSave }));
  await page.keyboard.press('Enter');

  // Saved: the whole page now speaks the other language, with a success banner above the heading.
  await expect(page.locator('html')).toHaveAttribute('lang', other);
  await expect(page.getByRole('alert')).toHaveText(o.settings.saved);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(o.settings.title);
  await expect(page).toHaveTitle(title(other, o.settings.title));
  await expect(
    page.getByRole('navigation', { name: o.nav.label }).getByRole('link', { name: o.nav.people }),
  ).toBeVisible();

  // It is Ada's language now, not just this tab's.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(o.settings.title);
  await expect(page.locator('html')).toHaveAttribute('lang', other);
  await expect(page.getByRole('radio', { name: languageNames[other] })).toBeChecked();
});
