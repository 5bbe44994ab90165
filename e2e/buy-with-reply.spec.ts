// Buy by reply: a #buy reply on a post becomes a purchase — parsed, confirmed, paid, receipted.
import { expect, test, type Page } from '@playwright/test';
import { e2eSql } from './support/db';
import { openConversation } from './support/inbox';
import { createShop, signInNewBuyer } from './support/shop';
import { fillCard, fillShipping } from './support/checkout';
import { E2E_PORT } from './support/environment';

async function reply(page: Page, text: string) {
  await page.getByLabel('Your reply').fill(text);
  await page.getByRole('button', { name: 'Reply', exact: true }).click();
}

function myReply(page: Page, text: string) {
  return page.getByRole('listitem', { name: /^Reply from / }).filter({ hasText: text }).last();
}

async function ordersOf(buyerId: string) {
  const sql = e2eSql();
  try {
    return (await sql`select status, quantity, amount_minor, source from orders where buyer_id = ${buyerId} order by created_at`).map((row) => ({ ...row }));
  } finally {
    await sql.end();
  }
}

async function payInSheet(page: Page, card: string, { save }: { save: boolean }) {
  const sheet = page.getByRole('dialog');
  await fillCard(page, card);
  await fillShipping(page);
  if (save) await sheet.getByLabel('Save card for one-tap reply buying').check();
  await sheet.getByRole('button', { name: /^Pay / }).click();
}

test('reply #buy M → sheet → pay and save the card; then #buy L x2 is one tap', async ({ page }, testInfo) => {
  const shop = await createShop(page.request, [
    { label: 'M', priceMinor: 2500, stock: 5 },
    { label: 'L', priceMinor: 2500, stock: 5 },
  ]);
  const buyer = await signInNewBuyer(page, 'Rae Replier');
  await page.goto(`/p/${shop.postId}`);
  await reply(page, 'Love it #buy M');
  await expect(page.getByRole('dialog', { name: 'Complete your purchase' })).toContainText('Ridge Tee (M) ×1 · €25.00');
  await payInSheet(page, '4242 4242 4242 4242', { save: true });
  await expect(page.getByRole('status').filter({ hasText: 'Paid €25.00 with Visa •••4242' })).toBeVisible({ timeout: 30_000 });
  await expect(myReply(page, 'Love it #buy M').getByText('bought', { exact: true })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('reply-bought.png'), fullPage: true });

  await reply(page, '#buy L x2');
  const second = myReply(page, '#buy L x2');
  await expect(second.getByRole('group', { name: 'Your purchase' })).toContainText('Confirm: L ×2 — €50.00 with Visa •••4242');
  await expect(second.getByText(/\d+:\d\d left/)).toBeVisible();
  await second.getByRole('button', { name: 'Confirm' }).click();
  await expect(second.getByRole('status')).toContainText('Paid: L ×2 — €50.00', { timeout: 30_000 });
  await expect(page.getByRole('dialog')).toHaveCount(0);

  expect(await ordersOf(buyer.id)).toEqual([
    { status: 'paid', quantity: 1, amount_minor: 2500, source: 'reply' },
    { status: 'paid', quantity: 2, amount_minor: 5000, source: 'reply' },
  ]);
  await openConversation(page, new RegExp(`@${shop.handle}`));
  await expect(page.getByText('M ×1 · €25.00 · Visa •••4242')).toBeVisible();
  await expect(page.getByText('L ×2 · €50.00 · Visa •••4242')).toBeVisible();
  await page.goto('/settings/payments');
  await expect(page.getByText('Visa •••4242')).toBeVisible();
});

test('a saved card that needs authentication: one tap, then the bank’s challenge, then paid', async ({ page }) => {
  const shop = await createShop(page.request, [{ label: 'M', priceMinor: 2500, stock: 5 }]);
  const buyer = await signInNewBuyer(page, 'Tess Threeds');
  await page.goto(`/p/${shop.postId}`);
  await reply(page, '#buy');
  await payInSheet(page, '4000 0027 6000 3184', { save: true });
  await page.frameLocator('iframe[title="3D Secure 2 Test Page"]').getByRole('button', { name: 'Complete' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Paid €25.00' })).toBeVisible({ timeout: 30_000 });

  await reply(page, '#buy x2');
  const second = myReply(page, '#buy x2');
  await second.getByRole('button', { name: 'Confirm' }).click();
  await page.frameLocator('iframe[title="3D Secure 2 Test Page"]').getByRole('button', { name: 'Complete' }).click();
  await expect(second.getByRole('status')).toContainText('Paid: M ×2', { timeout: 30_000 });
  expect((await ordersOf(buyer.id)).map((o) => o.status)).toEqual(['paid', 'paid']);
});

test('an unclear reply gets the brand’s question in the thread', async ({ page }) => {
  const shop = await createShop(page.request, [
    { label: 'S', priceMinor: 2500, stock: 5 },
    { label: 'M', priceMinor: 2500, stock: 5 },
  ]);
  const buyer = await signInNewBuyer(page);
  await page.goto(`/p/${shop.postId}`);
  await reply(page, '#buy please');
  await expect(page.getByRole('listitem', { name: `Reply from Shop ${shop.handle}` })).toContainText('Which one? S, M — reply #buy S');
  expect(await ordersOf(buyer.id)).toEqual([]);
});

test('sold out → waitlist → the brand restocks → the waitlisted buyer is offered a checkout and pays', async ({ page, browser }) => {
  const shop = await createShop(page.request, [{ label: 'M', priceMinor: 2500, stock: 0 }]);
  const ownerCookies = await page.context().cookies();
  const buyer = await signInNewBuyer(page, 'Wendy Waitlist');
  await page.goto(`/p/${shop.postId}`);
  await reply(page, '#buy M');
  await expect(page.getByRole('listitem', { name: `Reply from Shop ${shop.handle}` })).toContainText("M is sold out — you're on the waitlist");

  const brandContext = await browser.newContext({ baseURL: page.url() });
  await brandContext.addCookies(ownerCookies);
  const brandPage = await brandContext.newPage();
  await brandPage.goto(`/p/${shop.postId}`);
  await brandPage.getByLabel('Units to add').fill('1');
  await brandPage.getByRole('button', { name: 'Add stock' }).click();
  await expect(brandPage.getByRole('status')).toContainText('1 waitlisted buyer was offered a reserved checkout');
  await brandContext.close();

  await openConversation(page, new RegExp(`@${shop.handle}`));
  await expect(page.getByRole('listitem').filter({ hasText: 'Back in stock — held for you' })).toContainText('M ×1 is held for you for 15 minutes');
  await page.getByRole('link', { name: 'Pay now' }).click();
  await page.getByRole('button', { name: 'Pay €25.00' }).click();
  await fillCard(page, '4242 4242 4242 4242');
  await fillShipping(page);
  await page.getByRole('dialog').getByRole('button', { name: 'Pay €25.00' }).click();
  await expect(page.getByText('Paid', { exact: true })).toBeVisible({ timeout: 30_000 });
  expect(await ordersOf(buyer.id)).toEqual([{ status: 'paid', quantity: 1, amount_minor: 2500, source: 'reply' }]);
});

test('signed out: the reply is kept through sign-in and then continues', async ({ page }) => {
  const shop = await createShop(page.request, [{ label: 'M', priceMinor: 2500, stock: 5 }]);
  await page.context().clearCookies();
  await page.goto(`/p/${shop.postId}`);
  await reply(page, '#buy M');
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await page.getByRole('link', { name: 'Create an account' }).click();
  await page.getByLabel('Name').fill('Signed Later');
  await page.getByLabel('Email').fill(`later-${Date.now()}@e2e.test`);
  await page.getByLabel('Password').fill('correct-horse-battery');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByLabel('Your reply')).toHaveValue('#buy M');
  await page.getByRole('button', { name: 'Reply', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Complete your purchase' })).toBeVisible();
});

test('a reply appears for another reader without a reload', async ({ page, browser }) => {
  const shop = await createShop(page.request, [{ label: 'M', priceMinor: 2500, stock: 5 }]);
  const reader = await browser.newContext({ baseURL: `http://localhost:${E2E_PORT}` });
  const readerPage = await reader.newPage();
  await readerPage.goto(`/p/${shop.postId}`);
  await expect(readerPage.getByText('No replies yet.', { exact: false })).toBeVisible();

  await signInNewBuyer(page, 'Chatty Writer');
  await page.goto(`/p/${shop.postId}`);
  await reply(page, 'Does the M run large? @northwind');
  // Pushed over the event stream: well inside the 15 s fallback poll.
  await expect(readerPage.getByRole('listitem', { name: 'Reply from Chatty Writer' })).toContainText('Does the M run large?', { timeout: 5_000 });
  await expect(readerPage.getByRole('link', { name: '@northwind' })).toBeVisible();
  await reader.close();
});
