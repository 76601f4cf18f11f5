import { ANNA, prepareDemoPerson } from '../support/demo-api';
import { expect, tabTo, test } from '../support/fixtures';
import { texts } from '../support/texts';

/** The whole directory, a page at a time, by keyboard: "Show more" puts focus on the first new person. */
test('show more moves focus to the first new result', async ({ page, lang }) => {
  const t = texts[lang];
  await prepareDemoPerson(page.request, ANNA, lang);
  await page.goto('/people');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.people.title);

  const results = page.locator('.results__list a.result__link');
  await expect(results).toHaveCount(20);
  const total = Number((await page.locator('.results__count').textContent())?.match(/(\d+)\D*$/)?.[1]);
  expect(total, 'the demo organisation has about 40 people').toBeGreaterThan(20);
  await expect(page.locator('.results__count')).toHaveText(t.people.shown(20, total));

  await tabTo(page, page.getByRole('button', { name: t.people.showMore }), { max: 80 });
  await page.keyboard.press('Enter');

  const next = Math.min(40, total);
  await expect(results).toHaveCount(next);
  await expect(results.nth(20)).toBeFocused();
  await expect(page.locator('.results__count')).toHaveText(t.people.shown(next, total));
  // Nobody appears twice across the two pages.
  const names = await results.allTextContents();
  expect(new Set(names).size).toBe(names.length);
});
