// The Buy sheet is a real dialog: keyboard focus stays inside it and comes back to the Buy button,
// Escape and a swipe down close it, the page behind is hidden from assistive technology, and Stripe's
// 3-D Secure layer (outside the sheet) still takes focus and clicks.
import { expect, test, type Page } from '@playwright/test';
import { createShop, signInNewBuyer } from './support/shop';
import { expectPaid, fillCard, fillShipping, pay } from './support/checkout';

async function focusIsInsideDialog(page: Page): Promise<boolean> {
  return page.evaluate(() => Boolean(document.activeElement?.closest('[role="dialog"]')));
}

async function openSheet(page: Page, postId: string) {
  await page.goto(`/p/${postId}`);
  await page.getByRole('button', { name: 'Buy', exact: true }).click();
  const sheet = page.getByRole('dialog', { name: /^Buy from / });
  await expect(sheet).toBeVisible();
  return sheet;
}

test('Tab and Shift+Tab stay inside the sheet, the page behind is hidden, Escape closes it and focus returns to Buy', async ({ page }) => {
  const shop = await createShop(page.request, [{ label: 'M', priceMinor: 2500, stock: 5 }, { label: 'L', priceMinor: 2700, stock: 5 }]);
  await signInNewBuyer(page);
  await openSheet(page, shop.postId);
  expect(await focusIsInsideDialog(page)).toBe(true);
  // Behind a modal nothing is announced or reachable: the site's navigation is out of the tree.
  await expect(page.getByRole('navigation')).toHaveCount(0);
  for (let press = 0; press < 12; press++) {
    await page.keyboard.press('Tab');
    expect(await focusIsInsideDialog(page)).toBe(true);
  }
  for (let press = 0; press < 12; press++) {
    await page.keyboard.press('Shift+Tab');
    expect(await focusIsInsideDialog(page)).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Buy', exact: true })).toBeFocused();
  await expect(page.getByRole('navigation').first()).toBeVisible();
});

test('after Continue the focus stays in the sheet; swiping it down closes it and keeps the reserved order', async ({ page }) => {
  const shop = await createShop(page.request, [{ label: 'M', priceMinor: 2500, stock: 5 }]);
  await signInNewBuyer(page);
  const sheet = await openSheet(page, shop.postId);
  await sheet.getByRole('button', { name: 'Continue to payment' }).click();
  await expect(sheet.getByRole('button', { name: 'Pay €25.00' })).toBeVisible();
  expect(await focusIsInsideDialog(page)).toBe(true);

  const box = (await sheet.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 12);
  await page.mouse.down();
  for (let step = 1; step <= 10; step++) await page.mouse.move(box.x + box.width / 2, box.y + 12 + step * 40);
  await page.mouse.up();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Buy', exact: true })).toBeFocused();

  await page.getByRole('button', { name: 'Buy', exact: true }).click();
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Pay €25.00' })).toBeVisible();
});

test('the 3-D Secure challenge Stripe puts over the sheet gets the focus and the clicks, and the sheet stays open', async ({ page }) => {
  const shop = await createShop(page.request, [{ label: 'M', priceMinor: 2500, stock: 5 }]);
  await signInNewBuyer(page);
  const sheet = await openSheet(page, shop.postId);
  await sheet.getByRole('button', { name: 'Continue to payment' }).click();
  await fillCard(page, '4000 0025 0000 3155');
  await fillShipping(page);
  await pay(page, '€25.00');
  const challenge = page.locator('iframe[title="3D Secure 2 Test Page"]');
  await expect(challenge).toBeVisible();
  // The sheet's focus trap stands aside: the challenge keeps the focus Stripe gave it.
  await expect(challenge).toBeFocused();
  // A press on the challenge's backdrop is not a press outside the sheet.
  await page.mouse.click(4, 4);
  await page.frameLocator('iframe[title="3D Secure 2 Test Page"]').getByRole('button', { name: 'Complete' }).click();
  await expectPaid(page, 'Paid €25.00');
  expect(await focusIsInsideDialog(page)).toBe(true);
});
