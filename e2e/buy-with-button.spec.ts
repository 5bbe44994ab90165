// Buy button checkout in a real browser against the production build and the Stripe emulator.
import { expect, test } from '@playwright/test';
import { e2eSql } from './support/db';
import { createShop, signInNewBuyer } from './support/shop';
import { expectPaid, fillCard, fillShipping, openBuySheet, pay } from './support/checkout';
import { E2E_PORT } from './support/environment';
import { openConversation } from './support/inbox';

async function ordersOf(buyerId: string) {
  const sql = e2eSql();
  try {
    return await sql`select status, amount_minor, quantity, payment_method_summary from orders where buyer_id = ${buyerId} order by created_at`;
  } finally {
    await sql.end();
  }
}

async function stockOf(variantId: string) {
  const sql = e2eSql();
  try {
    const [row] = await sql`select stock from variants where id = ${variantId}`;
    return row!.stock as number;
  } finally {
    await sql.end();
  }
}

test('pays with 4242: paid, receipt in the inbox, stock decremented', async ({ page }, testInfo) => {
  const shop = await createShop(page.request, [{ label: 'M', priceMinor: 2500, stock: 5 }, { label: 'L', priceMinor: 2700, stock: 5 }]);
  const buyer = await signInNewBuyer(page);
  await openBuySheet(page, shop.postId, 'M', 2);
  await fillCard(page, '4242 4242 4242 4242');
  await fillShipping(page);
  await page.screenshot({ path: testInfo.outputPath('buy-sheet.png') });
  await pay(page, '€50.00');
  await expectPaid(page, 'Paid €50.00 with Visa •••4242');

  expect((await ordersOf(buyer.id)).map((o) => ({ ...o }))).toEqual([{ status: 'paid', amount_minor: 5000, quantity: 2, payment_method_summary: 'Visa •••4242' }]);
  expect(await stockOf(shop.variants.M!)).toBe(3);
  await openConversation(page, new RegExp(`@${shop.handle}`));
  await expect(page.getByRole('listitem').filter({ hasText: 'Receipt' })).toContainText('M ×2 · €50.00 · Visa •••4242');
});

test('a declined card shows the bank’s message, then another card pays the same order', async ({ page }) => {
  const shop = await createShop(page.request, [{ label: 'M', priceMinor: 2500, stock: 5 }]);
  const buyer = await signInNewBuyer(page);
  await openBuySheet(page, shop.postId, 'M');
  await fillCard(page, '4000 0000 0000 0002');
  await fillShipping(page);
  await pay(page, '€25.00');
  await expect(page.getByRole('dialog').getByRole('alert')).toContainText('Your card was declined.');
  expect((await ordersOf(buyer.id)).map((o) => o.status)).toEqual(['pending_payment']);

  await fillCard(page, '4242 4242 4242 4242');
  await pay(page, '€25.00');
  await expectPaid(page, 'Paid €25.00');
  expect((await ordersOf(buyer.id)).map((o) => o.status)).toEqual(['paid']);
});

test('3-D Secure: completing the challenge pays; failing it does not', async ({ page }) => {
  const shop = await createShop(page.request, [{ label: 'M', priceMinor: 2500, stock: 5 }]);
  const passer = await signInNewBuyer(page, 'Pat Passer');
  await openBuySheet(page, shop.postId, 'M');
  await fillCard(page, '4000 0025 0000 3155');
  await fillShipping(page);
  await pay(page, '€25.00');
  await page.frameLocator('iframe[title="3D Secure 2 Test Page"]').getByRole('button', { name: 'Complete' }).click();
  await expectPaid(page, 'Paid €25.00');
  expect((await ordersOf(passer.id)).map((o) => o.status)).toEqual(['paid']);

  const failer = await signInNewBuyer(page, 'Fay Failer');
  await openBuySheet(page, shop.postId, 'M');
  await fillCard(page, '4000 0025 0000 3155');
  await fillShipping(page);
  await pay(page, '€25.00');
  await page.frameLocator('iframe[title="3D Secure 2 Test Page"]').getByRole('button', { name: 'Fail' }).click();
  await expect(page.getByRole('dialog').getByRole('alert')).toContainText("The bank's check was not completed");
  expect((await ordersOf(failer.id)).map((o) => o.status)).toEqual(['pending_payment']);
});

test('buying the last unit makes the post show Sold out', async ({ page }) => {
  const shop = await createShop(page.request, [{ label: 'One size', priceMinor: 1800, stock: 1 }]);
  await signInNewBuyer(page);
  await openBuySheet(page, shop.postId, 'One size');
  await fillCard(page, '4242 4242 4242 4242');
  await fillShipping(page);
  await pay(page, '€18.00');
  await expectPaid(page, 'Paid €18.00');
  await page.goto(`/p/${shop.postId}`);
  await expect(page.getByRole('button', { name: 'Sold out' })).toBeDisabled();
  await expect(page.getByRole('list', { name: 'Options and prices' })).toContainText('Sold out');
  expect(await stockOf(shop.variants['One size']!)).toBe(0);
});

test('a signed-out visitor is sent to sign in and comes back to the open sheet', async ({ page }) => {
  const shop = await createShop(page.request, [{ label: 'M', priceMinor: 2500, stock: 5 }]);
  await page.context().clearCookies();
  await page.goto(`/p/${shop.postId}`);
  await page.getByRole('link', { name: 'Buy', exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await page.getByRole('link', { name: 'Create an account' }).click();
  await page.getByLabel('Name').fill('Late Comer');
  await page.getByLabel('Email').fill(`late-${Date.now()}@e2e.test`);
  await page.getByLabel('Password').fill('correct-horse-battery');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Continue to payment' })).toBeVisible();
});

test('the webhook refuses a forged signature with 400 and changes nothing', async ({ page, request }) => {
  const shop = await createShop(page.request, [{ label: 'M', priceMinor: 2500, stock: 5 }]);
  const buyer = await signInNewBuyer(page);
  await openBuySheet(page, shop.postId, 'M');
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Pay €25.00' })).toBeVisible();
  const sql = e2eSql();
  const [order] = await sql`select id, payment_intent_id from orders where buyer_id = ${buyer.id}`;
  await sql.end();
  const forged = JSON.stringify({
    id: 'evt_forged',
    object: 'event',
    type: 'payment_intent.succeeded',
    data: { object: { id: order!.payment_intent_id, object: 'payment_intent', status: 'succeeded', metadata: { order_id: order!.id } } },
  });
  const response = await request.post('/api/stripe/webhook', {
    data: forged,
    headers: { 'content-type': 'application/json', 'stripe-signature': `t=${Math.floor(Date.now() / 1000)},v1=${'0'.repeat(64)}` },
  });
  expect(response.status()).toBe(400);
  expect((await ordersOf(buyer.id)).map((o) => o.status)).toEqual(['pending_payment']);
});

test('prices read in the visitor’s locale: a German browser sees 25,00 €', async ({ page, browser }) => {
  const shop = await createShop(page.request, [{ label: 'M', priceMinor: 2500, stock: 5 }]);
  const german = await browser.newContext({ locale: 'de-DE', baseURL: `http://localhost:${E2E_PORT}` });
  const germanPage = await german.newPage();
  await germanPage.goto(`/p/${shop.postId}`);
  await expect(germanPage.getByRole('list', { name: 'Varianten und Preise' })).toContainText('25,00\u00a0€');
  await germanPage.goto(`/@${shop.handle}`);
  await expect(germanPage.getByRole('article').first()).toContainText('25,00\u00a0€');
  await german.close();
});
