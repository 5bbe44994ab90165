// A post whose options are colours offers round swatches on its page and in the Buy sheet (issue
// #16): one radio group each, moved through with the arrow keys, and the colour picked on the page
// is the one the sheet opens on. axe finds nothing on either, light or dark.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createShop, signInNewBuyer } from './support/shop';

async function axeInBothThemes(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    found.push(...result.violations.map((violation) => `${colorScheme}: ${violation.id} at ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`));
  }
  return found;
}

test('a buyer picks Sand from the swatches with the keyboard and the Buy sheet opens on Sand', async ({ browser, page }) => {
  const ownerContext = await browser.newContext();
  const shop = await createShop(ownerContext.request, [
    { label: 'Black', priceMinor: 2500, stock: 5 },
    { label: 'Sand', priceMinor: 2700, stock: 3 },
    { label: 'Navy', priceMinor: 2500, stock: 0 },
  ]);
  await ownerContext.close();
  await signInNewBuyer(page);

  await page.goto(`/p/${shop.postId}`);
  const colours = page.getByRole('radiogroup', { name: 'Colour' });
  await expect(colours.getByRole('radio')).toHaveCount(3);
  await expect(colours.getByRole('radio', { name: /^Black / })).toBeChecked();
  await expect(colours.getByRole('radio', { name: /^Navy / })).toBeDisabled();
  await colours.getByRole('radio', { name: /^Black / }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(colours.getByRole('radio', { name: /^Sand / })).toBeChecked();
  await expect(colours.getByRole('radio', { name: /^Sand / })).toBeFocused();
  expect(await axeInBothThemes(page), 'axe on the post page').toEqual([]);

  await page.getByRole('button', { name: 'Buy', exact: true }).click();
  const sheet = page.getByRole('dialog');
  await expect(sheet.getByRole('radiogroup', { name: 'Colour' }).getByRole('radio', { name: /^Sand / })).toBeChecked();
  await expect(sheet).toContainText('Total €27.00');
  await page.waitForTimeout(600); // the sheet's slide-in: axe measures colours on the settled sheet
  expect(await axeInBothThemes(page), 'axe on the Buy sheet').toEqual([]);
});
