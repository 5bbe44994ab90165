// Two browsers, a buyer and a brand, and everything arriving live: the receipt in the studio inbox,
// the brand's answer and the badge, "Shipped" on the order page, stock on another reader's page.
import { expect, test, type Browser } from '@playwright/test';
import { createShop, signUpViaApi } from './support/shop';
import { expectPaid, fillCard, fillShipping, openBuySheet, pay } from './support/checkout';
import { openConversation } from './support/inbox';

async function browserFor(browser: Browser) {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

test('buyer pays → receipt live in the studio inbox; brand answers → badge and thread live; ships → order "Shipped" live', async ({ browser }) => {
  const brand = await browserFor(browser);
  const shop = await createShop(brand.page.request, [{ label: 'M', priceMinor: 2500, stock: 5 }]);
  await brand.page.goto('/studio/inbox');
  await expect(brand.page.getByText('No conversations yet.')).toBeVisible();

  const buyer = await browserFor(browser);
  await signUpViaApi(buyer.page.request, 'Ada Buyer');
  await openBuySheet(buyer.page, shop.postId, 'M');
  await fillCard(buyer.page, '4242 4242 4242 4242');
  await fillShipping(buyer.page);
  await pay(buyer.page, '€25.00');
  await expectPaid(buyer.page, 'Paid €25.00 with Visa •••4242');

  // The studio inbox, open since before the payment, shows the conversation and its receipt card.
  const row = brand.page.getByRole('navigation', { name: 'Conversations' }).getByRole('link', { name: /Ada Buyer/ });
  await expect(row).toContainText('New order');
  await expect(row.getByLabel('1 unread')).toBeVisible();
  await row.click();
  await expect(brand.page.getByRole('listitem').filter({ hasText: 'New order' })).toContainText('M ×1 · €25.00 · Visa •••4242 · from Ada Buyer');
  await expect(brand.page.getByRole('complementary', { name: 'Their orders' })).toContainText('M ×1');

  // The buyer's badge counts the receipt; the brand's answer raises it without a reload.
  await expect(buyer.page.getByTestId('inbox-badge')).toHaveText('1');
  await brand.page.getByRole('textbox', { name: 'Message', exact: true }).fill('Thanks Ada! It ships tomorrow.');
  await brand.page.getByRole('textbox', { name: 'Message', exact: true }).press('Enter');
  await expect(brand.page.getByRole('listitem').filter({ hasText: 'Thanks Ada! It ships tomorrow.' })).toBeVisible();
  await expect(buyer.page.getByTestId('inbox-badge')).toHaveText('2');

  // Reading the thread clears the badge; the next answer appears in the open thread by itself.
  await openConversation(buyer.page, new RegExp(`@${shop.handle}`));
  await expect(buyer.page.getByText('Thanks Ada! It ships tomorrow.')).toBeVisible();
  await expect(buyer.page.getByTestId('inbox-badge')).toHaveCount(0);
  await brand.page.getByRole('textbox', { name: 'Message', exact: true }).fill(`Also have a look at http://localhost/p/${shop.postId}`);
  await brand.page.getByRole('button', { name: 'Send' }).click();
  await expect(buyer.page.getByRole('link', { name: new RegExp(`^Ridge Tee @${shop.handle}`) })).toBeVisible();
  await buyer.page.getByRole('textbox', { name: 'Message', exact: true }).fill('Great, thank you!');
  await buyer.page.getByRole('textbox', { name: 'Message', exact: true }).press('Enter');
  await expect(brand.page.getByText('Great, thank you!')).toBeVisible();

  // The buyer opens the order from the receipt; the brand ships it; the page turns "Shipped".
  await buyer.page.getByRole('listitem').filter({ hasText: 'Receipt' }).getByRole('link', { name: 'View order' }).click();
  await expect(buyer.page.getByText('Paid', { exact: true })).toBeVisible();
  const orderPath = new URL(buyer.page.url()).pathname;
  await brand.page.goto(`/studio${orderPath}`);
  await brand.page.getByLabel('Tracking reference').fill('DHL 555');
  await brand.page.getByRole('button', { name: /Mark fulfilled/ }).click();
  await expect(buyer.page.getByText('Shipped', { exact: true })).toBeVisible();
  await expect(buyer.page.getByText('DHL 555')).toBeVisible();

  // "Ask about this order" opens the same conversation with the order named.
  await buyer.page.getByRole('button', { name: 'Ask about this order' }).click();
  await expect(buyer.page.getByRole('textbox', { name: 'Message', exact: true })).toHaveValue(/^About my order of M ×1/);
  await brand.context.close();
  await buyer.context.close();
});

test('a stock count drops live on a second reader’s post page when the first buys', async ({ browser }) => {
  const seller = await browserFor(browser);
  const shop = await createShop(seller.page.request, [{ label: 'M', priceMinor: 2500, stock: 3 }]);
  const reader = await browserFor(browser);
  await reader.page.goto(`/p/${shop.postId}`);
  const availability = reader.page.getByRole('list', { name: 'Options and prices' });
  await expect(availability).toContainText('Only 3 left');

  const buyer = await browserFor(browser);
  await signUpViaApi(buyer.page.request, 'Cy Buyer');
  await openBuySheet(buyer.page, shop.postId, 'M', 2);
  // The reservation takes the units; the reader sees it without reloading.
  await expect(availability).toContainText('Only 1 left');
  await fillCard(buyer.page, '4242 4242 4242 4242');
  await fillShipping(buyer.page);
  await pay(buyer.page, '€50.00');
  await expectPaid(buyer.page, 'Paid €50.00');
  await expect(availability).toContainText('Only 1 left');
  for (const { context } of [seller, reader, buyer]) await context.close();
});
