// Brand studio journey: sign up, open a brand, onboard payouts on Stripe (emulator), publish a drop
// post with two variants; two buyers reach the goal so both are charged; the brand fulfils one
// order and refunds half of the other; each buyer sees every change in their inbox.
import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { createBrand, signUp } from './support/accounts';
import { openConversation } from './support/inbox';
import { e2eSql, emulatorStripe } from './support/db';
import { E2E_PORT } from './support/environment';
import { signInNewBuyer, trustBrandWithHandle } from './support/shop';
import { fillCard, fillShipping, openBuySheet, pay } from './support/checkout';

function localInput(date: Date): string {
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

async function ordersOfPost(postId: string) {
  const sql = e2eSql();
  try {
    return await sql`select id, buyer_id, status, amount_minor, platform_fee_minor, refunded_minor, tracking_ref, payment_intent_id, shipping
      from orders where post_id = ${postId} order by created_at`;
  } finally {
    await sql.end();
  }
}

async function buyAs(page: Page, name: string, postId: string, option: string) {
  const buyer = await signInNewBuyer(page, name);
  await openBuySheet(page, postId, option);
  await fillCard(page, '4242 4242 4242 4242');
  await fillShipping(page);
  await pay(page, option === 'M' ? '€25.00' : '€27.50');
  await expect(page.getByRole('dialog').getByRole('status')).toContainText(/Authorised|Paid/, { timeout: 30_000 });
  return buyer;
}

async function signInWithPassword(page: Page, email: string) {
  await page.context().clearCookies();
  const response = await page.request.post('/api/auth/sign-in/email', { data: { email, password: 'correct-horse-battery' }, headers: { origin: `http://localhost:${E2E_PORT}` } });
  expect(response.ok(), await response.text()).toBe(true);
}

test('a new brand onboards payouts, publishes a drop, gets two orders captured, fulfils one and refunds half of the other', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const steps: { step: string; seconds: number }[] = [];
  const started = Date.now();
  const mark = (step: string) => steps.push({ step, seconds: Math.round((Date.now() - started) / 100) / 10 });

  const handle = `studio_${Date.now().toString(36)}`;
  const ownerEmail = await signUp(page, 'Sky Studio');
  mark('signed up');
  await createBrand(page, 'Sky Studio', handle);
  mark('brand created');
  // New brands' posts wait for moderation (moderation.spec.ts); here an admin already trusts the brand.
  await trustBrandWithHandle(handle);

  await expect(page.getByText("Followers can't buy yet.")).toBeVisible();
  await page.getByRole('link', { name: 'Set up payouts' }).click();
  await page.getByRole('button', { name: 'Set up payouts' }).click();
  await page.getByRole('button', { name: 'Complete onboarding' }).click();
  await expect(page.getByRole('status')).toContainText('Payouts are set up');
  mark('payouts onboarded');

  await page.goto('/studio/posts/new');
  await page.getByLabel('Title', { exact: true }).fill('Ridge Hoodie');
  await page.getByLabel('Caption').fill('Ridge hoodie drop #limited — two sizes');
  await page.getByLabel('Photos').setInputFiles(path.join(import.meta.dirname, 'fixtures/tee.png'));
  await page.getByPlaceholder('e.g. Green tee, front').fill('Forest green hoodie, front');
  await page.getByLabel('Option 1', { exact: true }).fill('M');
  await page.getByLabel('Price').first().fill('25');
  await page.getByLabel('Stock').first().fill('5');
  await page.getByLabel('SKU (optional)').first().fill('HOOD-M');
  await page.getByRole('button', { name: 'Add variant' }).click();
  await page.getByLabel('Option 2', { exact: true }).fill('L');
  await page.getByLabel('Price').nth(1).fill('27.50');
  await page.getByLabel('Stock').nth(1).fill('5');
  await page.getByLabel('Charge only if enough people order').check();
  await page.getByLabel('At least this many orders').fill('2');
  await page.getByLabel('By', { exact: true }).fill(localInput(new Date(Date.now() + 2 * 86_400_000)));
  await page.getByRole('button', { name: 'Save post' }).click();
  await expect(page).toHaveURL(/\/p\/[0-9a-f-]{36}$/);
  const postId = page.url().split('/').pop()!;
  mark('post live');
  await expect(page.getByTestId('drop-progress')).toContainText('0 of 2 orders');
  await page.screenshot({ path: testInfo.outputPath('live-post.png') });

  const first = await buyAs(page, 'Ann Early', postId, 'M');
  let orders = await ordersOfPost(postId);
  expect(orders.map((o) => o.status)).toEqual(['authorized']);
  await page.goto(`/p/${postId}`);
  await expect(page.getByTestId('drop-progress')).toContainText('1 of 2 orders');

  const second = await buyAs(page, 'Ben Second', postId, 'L');
  await expect.poll(async () => (await ordersOfPost(postId)).map((o) => o.status), { timeout: 20_000 }).toEqual(['paid', 'paid']);
  orders = await ordersOfPost(postId);
  expect(orders.map((o) => ({ amount: o.amount_minor, fee: o.platform_fee_minor }))).toEqual([
    { amount: 2500, fee: 125 },
    { amount: 2750, fee: 137 },
  ]);
  const stripe = emulatorStripe();
  const sql = e2eSql();
  const [brandRow] = await sql`select stripe_account_id from brands where handle = ${handle}`;
  await sql.end();
  for (const order of orders) {
    const intent = await stripe.paymentIntents.retrieve(order.payment_intent_id as string);
    expect(intent).toMatchObject({ status: 'succeeded', capture_method: 'manual', transfer_data: { destination: brandRow!.stripe_account_id }, application_fee_amount: order.platform_fee_minor });
  }
  mark('drop goal reached, both captured');

  // The brand fulfils the first order and refunds half of the second.
  await signInWithPassword(page, ownerEmail);
  await page.goto('/studio/orders');
  await expect(page.getByRole('row')).toHaveCount(3);
  await page.getByLabel('Search').fill('Ann Early');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page.getByRole('row')).toHaveCount(2);
  await page.getByRole('row').nth(1).getByRole('link').click();
  await expect(page.getByText('Platform fee')).toBeVisible();
  await expect(page.getByText('€23.75')).toBeVisible();
  await page.getByLabel('Tracking reference').fill('DHL 123456789');
  await page.getByRole('button', { name: 'Mark fulfilled' }).click();
  // The fulfil form gives way to the fulfilment facts.
  await expect(page.getByText('tracking DHL 123456789')).toBeVisible();

  await page.goto(`/studio/orders/${orders[1]!.id}`);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByLabel('Amount (EUR)').fill('13.75');
  await page.getByRole('button', { name: 'Refund' }).click();
  await expect(page.getByRole('status')).toContainText('Partial refund sent');
  orders = await ordersOfPost(postId);
  expect(orders.map((o) => ({ status: o.status, refunded: o.refunded_minor, tracking: o.tracking_ref }))).toEqual([
    { status: 'paid', refunded: 0, tracking: 'DHL 123456789' },
    { status: 'partially_refunded', refunded: 1375, tracking: null },
  ]);
  expect((await stripe.refunds.list({ payment_intent: orders[1]!.payment_intent_id as string })).data.map((r) => r.amount)).toEqual([1375]);
  mark('fulfilled one, refunded half of the other');

  // Editing the price later never changes orders already placed.
  await page.goto(`/studio/posts/${postId}/edit`);
  await page.getByLabel('Price').first().fill('30.00');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status')).toContainText('Orders already placed keep their price');
  expect((await ordersOfPost(postId)).map((o) => o.amount_minor)).toEqual([2500, 2750]);

  const csv = await page.request.get('/studio/orders/export');
  expect(csv.headers()['content-type']).toContain('text/csv');
  expect(await csv.text()).toContain('"partially_refunded"');

  // A draft waits in the studio until the brand publishes it from its row there.
  await page.goto('/studio/posts/new');
  await page.getByLabel('Title', { exact: true }).fill('Ridge Cap');
  await page.getByLabel('Caption').fill('Ridge cap, one size');
  await page.getByLabel('Option 1', { exact: true }).fill('One size');
  await page.getByLabel('Price').first().fill('15');
  await page.getByLabel('Stock').first().fill('3');
  await page.getByLabel('Save as draft').check();
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page).toHaveURL(/\/p\/[0-9a-f-]{36}$/);
  const draftId = page.url().split('/').pop()!;
  await page.goto('/studio/posts');
  const draftRow = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Ridge Cap' }) });
  await expect(draftRow.getByText('Draft', { exact: true })).toBeVisible();
  page.once('dialog', (dialog) => void dialog.accept());
  await draftRow.getByRole('button', { name: 'Publish' }).click();
  await expect(draftRow.getByText('Published', { exact: true })).toBeVisible();
  await expect(draftRow.getByRole('button', { name: 'Publish' })).toHaveCount(0);
  const statusSql = e2eSql();
  expect((await statusSql`select status from posts where id = ${draftId}`).map((row) => row.status)).toEqual(['published']);
  await statusSql.end();

  // Each buyer sees each change in their inbox.
  for (const [buyer, expected] of [
    [first, ['M ×1 · €25.00 held on', 'Drop succeeded', 'M ×1 is on its way. Tracking: DHL 123456789']],
    [second, ['L ×1 · €27.50 held on', 'Drop succeeded', '€13.75 refunded for']],
  ] as const) {
    await signInWithPassword(page, buyer.email);
    await openConversation(page, new RegExp(`@${handle}`));
    for (const text of expected) await expect(page.getByText(text).first()).toBeVisible();
  }

  const report = steps.map((s) => `${s.seconds.toFixed(1)}s  ${s.step}`).join('\n');
  const live = steps.find((s) => s.step === 'post live')!.seconds;
  console.log(`Brand studio journey (sign-up → live post: ${live}s)\n${report}`);
  await testInfo.attach('studio-timings.txt', { body: `sign-up to live post: ${live}s\n${report}\n`, contentType: 'text/plain' });
});
