// Two app instances on one Postgres behind nginx (round robin, no stickiness): what a brand, a
// buyer and a reader do works whichever instance answers, and scheduled work runs once.
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createBrand, signUp } from './support/accounts';
import { fillCard, fillShipping, openBuySheet, pay, expectPaid } from './support/checkout';
import { eq } from 'drizzle-orm';
import { variants } from '../db/schema';
import { editPost } from '../lib/studio/posts';
import { runOutReservations } from '../test/factories';
import { e2eSql, withDomain, type SetUpTarget } from './support/db';
import { createShop, signUpViaApi, trustBrandWithHandle, type DemoShop } from './support/shop';
import { DATABASE_URL, EMULATOR_PORT, INSTANCE_PORTS, ORIGIN, PIN_COOKIE, SWEEP_EVERY_MS, replicaUrl, startCluster, type Cluster, type InstanceName } from './support/cluster';
import { s3ObjectStore, s3SettingsFromEnv } from '../lib/storage/s3';

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: ORIGIN });

const PHOTO = path.join(import.meta.dirname, 'fixtures/tee.png');
const served = (instance: InstanceName) => `127.0.0.1:${INSTANCE_PORTS[instance]}`;
const sql = () => e2eSql(DATABASE_URL);
const TARGET: SetUpTarget = { databaseUrl: DATABASE_URL, emulatorPort: EMULATOR_PORT };

let cluster: Cluster;
let shop: DemoShop;

test.beforeAll(async ({ browser }, testInfo) => {
  testInfo.setTimeout(180_000);
  cluster = await startCluster(path.join(process.env.E2E_RESULTS_DIR ?? 'test-results', 'two-instances'));
  const context = await browser.newContext({ baseURL: ORIGIN });
  shop = await createShop(context.request, [{ label: 'M', priceMinor: 2500, stock: 5 }], { target: { origin: ORIGIN, ...TARGET } });
  await context.close();
});
test.afterAll(async () => {
  await cluster?.stop();
});

interface Visitor {
  context: BrowserContext;
  page: Page;
  /** Which instances answered this visitor's requests (nginx's X-Served-By). */
  servedBy: Set<string>;
}

/** A browser going through the balancer; `pin` sends every request to one instance. */
async function visitor(browser: Browser, pin?: InstanceName): Promise<Visitor> {
  const context = await browser.newContext({ baseURL: ORIGIN });
  if (pin) await context.addCookies([{ name: PIN_COOKIE, value: pin, domain: 'localhost', path: '/' }]);
  const page = await context.newPage();
  const servedBy = new Set<string>();
  page.on('response', (response) => {
    const upstream = response.headers()['x-served-by'];
    if (upstream) servedBy.add(upstream);
  });
  return { context, page, servedBy };
}

async function variantStock(variantId: string): Promise<number> {
  const db = sql();
  try {
    const [row] = await db`select stock from variants where id = ${variantId}`;
    return row!.stock as number;
  } finally {
    await db.end();
  }
}

async function ordersOf(buyerId: string) {
  const db = sql();
  try {
    return await db`select id, status, payment_intent_id from orders where buyer_id = ${buyerId} order by created_at`;
  } finally {
    await db.end();
  }
}

test('a photo a brand uploads through instance A shows through instance B', async ({ browser }) => {
  const brand = await visitor(browser, 'a');
  const handle = `scale_${Date.now().toString(36)}`;
  await signUp(brand.page, 'Pia Photos');
  await createBrand(brand.page, 'Pia Photos', handle);
  await trustBrandWithHandle(handle, TARGET);
  await brand.page.goto('/studio/posts/new');
  await brand.page.getByLabel('Title', { exact: true }).fill('Shared photo tee');
  await brand.page.getByLabel('Caption').fill('Shared photo tee, one size for now');
  await brand.page.getByLabel('Photos', { exact: true }).setInputFiles(PHOTO);
  await brand.page.getByPlaceholder('e.g. Green tee, front').fill('Shared photo tee, front');
  await brand.page.getByLabel('Option 1', { exact: true }).fill('M');
  await brand.page.getByLabel('Price').first().fill('25');
  await brand.page.getByLabel('Stock').first().fill('3');
  await brand.page.getByRole('button', { name: 'Save post' }).click();
  await expect(brand.page).toHaveURL(/\/p\/[0-9a-f-]{36}$/);
  const postId = brand.page.url().split('/').pop()!;
  expect([...brand.servedBy]).toEqual([served('a')]);
  await brand.context.close();

  const db = sql();
  const [image] = await db`select url from post_images where post_id = ${postId}`;
  await db.end();
  const url = image!.url as string;
  const bytes = readFileSync(PHOTO);
  // Stored in the bucket under the hash of its bytes, not on A's disk.
  expect(url).toMatch(/^\/uploads\/[0-9a-f]{64}\.png$/);
  expect(Buffer.from((await s3ObjectStore(s3SettingsFromEnv(cluster.s3.env)!).get(url.split('/').pop()!))!)).toEqual(bytes);

  const reader = await visitor(browser, 'b');
  const response = await reader.page.request.get(url);
  expect(response.status()).toBe(200);
  expect(response.headers()['x-served-by']).toBe(served('b'));
  expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(Buffer.from(await response.body())).toEqual(bytes);
  await reader.page.goto(`/p/${postId}`);
  const photo = reader.page.getByRole('img', { name: 'Shared photo tee, front' });
  await expect(photo).toBeVisible();
  expect(await photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await reader.context.close();
});

test("a buyer's session, buy sheet and payment work across both instances", async ({ browser }) => {
  const buyer = await visitor(browser);
  await signUp(buyer.page, 'Rob Robin');
  await openBuySheet(buyer.page, shop.postId, 'M');
  await fillCard(buyer.page, '4242 4242 4242 4242');
  await fillShipping(buyer.page);
  await pay(buyer.page, '€25.00');
  await expectPaid(buyer.page, 'Paid €25.00');
  // Round robin without stickiness: both instances served this one signed-in journey.
  expect([...buyer.servedBy].sort()).toEqual([served('a'), served('b')]);
  await buyer.page.goto('/orders');
  await expect(buyer.page.getByText('Paid', { exact: true }).first()).toBeVisible();
  await buyer.context.close();
});

test('a webhook for a checkout started on instance A is settled by instance B', async ({ browser }) => {
  const buyer = await visitor(browser, 'a');
  const { id: buyerId } = await signUpViaApi(buyer.page.request, 'Wanda Webhook', ORIGIN);
  await openBuySheet(buyer.page, shop.postId, 'M');
  await expect(buyer.page.getByRole('dialog').getByRole('button', { name: 'Pay €25.00' })).toBeVisible();
  expect([...buyer.servedBy]).toEqual([served('a')]);
  // The buyer leaves; the payment completes at Stripe's end (as a bank redirect would), so only
  // the webhook, which Stripe sends to instance B, can settle the order.
  await buyer.context.close();
  const [order] = await ordersOf(buyerId);
  expect(order).toMatchObject({ status: 'pending_payment' });
  await cluster.stripe.paymentIntents.confirm(order!.payment_intent_id as string, { payment_method: 'pm_card_visa' });
  await expect.poll(async () => (await ordersOf(buyerId)).map((row) => row.status), { timeout: 20_000 }).toEqual(['paid']);
  // Every event about this payment reached B's endpoint and was recorded there (a capture may
  // follow the authorisation, so its event can land a moment after the order shows paid).
  const events = await cluster.stripe.events.list({ types: ['payment_intent.amount_capturable_updated', 'payment_intent.succeeded'], limit: 100 });
  const ids = events.data.filter((event) => (event.data.object as { id: string }).id === order!.payment_intent_id).map((event) => event.id);
  expect(ids.length).toBeGreaterThan(0);
  const db = sql();
  await expect.poll(async () => (await db`select id from stripe_events where id in ${db(ids)}`).length, { timeout: 15_000 }).toBe(ids.length);
  await db.end();
  expect(cluster.output.b).not.toMatch(/webhook.*(failed|error)/i);
});

test('a reply posted through instance A reaches a reader on instance B live', async ({ browser }) => {
  const reader = await visitor(browser, 'b');
  await reader.page.goto(`/p/${shop.postId}`);
  await expect(reader.page.getByLabel('Your reply')).toBeVisible();
  const writer = await visitor(browser, 'a');
  await signUpViaApi(writer.page.request, 'Ada Across', ORIGIN);
  await writer.page.goto(`/p/${shop.postId}`);
  await writer.page.getByLabel('Your reply').fill('Does the M run large across instances?');
  await writer.page.getByRole('button', { name: 'Reply', exact: true }).click();
  // Pushed over B's event stream (Postgres NOTIFY from A), well inside the fallback poll.
  await expect(reader.page.getByRole('listitem', { name: 'Reply from Ada Across' })).toContainText('Does the M run large across instances?', { timeout: 5_000 });
  expect([...writer.servedBy]).toEqual([served('a')]);
  expect([...reader.servedBy]).toEqual([served('b')]);
  await Promise.all([reader.context.close(), writer.context.close()]);
});

test('brand pages read from the replica connection; the scheduled sweep runs once per tick across both instances', async ({ browser }) => {
  // An abandoned checkout whose reservation ran out: the sweep must give its unit back exactly once.
  const buyer = await visitor(browser);
  const { id: buyerId } = await signUpViaApi(buyer.page.request, 'Sam Sweep', ORIGIN);
  const stockBefore = await variantStock(shop.variants.M!);
  await openBuySheet(buyer.page, shop.postId, 'M');
  await expect(buyer.page.getByRole('dialog').getByRole('button', { name: 'Pay €25.00' })).toBeVisible();
  await buyer.page.goto('/');
  await buyer.page.goto(`/@${shop.handle}`);
  await buyer.context.close();
  expect(await variantStock(shop.variants.M!)).toBe(stockBefore - 1);
  await withDomain((db) => runOutReservations(db, buyerId), TARGET);
  const db = sql();
  await expect.poll(async () => (await ordersOf(buyerId)).map((row) => row.status), { timeout: 4 * SWEEP_EVERY_MS }).toEqual(['expired']);
  expect(await variantStock(shop.variants.M!)).toBe(stockBefore);

  // The brand page's facts were read through the read-only connection standing in for a replica
  // (every write above went to the primary, or it would have failed).
  const replica = await db`select query from pg_stat_activity where application_name = 'hashcart-replica' and datname = ${new URL(replicaUrl()).pathname.slice(1)}`;
  await db.end();
  expect(replica.length).toBeGreaterThan(0);
  expect(replica.some((row) => /"brands"|"follows"/.test(row.query as string))).toBe(true);

  // Both instances' timers fire every tick; each tick ran in exactly one of them.
  const ticks = (output: string) => [...output.matchAll(/scheduled job reservation-sweep ran tick (\d+)/g)].map((match) => match[1]!);
  const all = [...ticks(cluster.output.a), ...ticks(cluster.output.b)];
  expect(all.length).toBeGreaterThan(2);
  expect(new Set(all).size).toBe(all.length);
  const released = `${cluster.output.a}${cluster.output.b}`.match(/reservation sweep: \d+ expired order\(s\) released/g) ?? [];
  expect(released).toEqual(['reservation sweep: 1 expired order(s) released']);
});

test("a visitor's pages cached on instance B are dropped at once when the post changes", async ({ browser }) => {
  // The cluster serves a cached page for a minute (PAGE_CACHE_FRESH_MS), so only the invalidation
  // B hears over Postgres NOTIFY can explain the new title below; no timing is asserted.
  const reader = await visitor(browser, 'b');
  const pages = [`/p/${shop.postId}`, '/'];
  for (const url of pages) {
    // The first answers fill B's cache (once B listens for invalidations); then it answers alone.
    await expect.poll(async () => (await reader.page.request.get(url)).headers()['x-hashcart-cache']).toBe('hit');
    const cached = await reader.page.request.get(url);
    expect([cached.headers()['x-served-by'], cached.headers()['x-hashcart-cache']]).toEqual([served('b'), 'hit']);
    expect(await cached.text()).toContain('Ridge Tee');
  }
  // Written to the database by another process, as instance A or a webhook would: the trigger's NOTIFY reaches B.
  await withDomain(async (db) => {
    const options = await db.select().from(variants).where(eq(variants.postId, shop.postId)).orderBy(variants.position);
    await editPost(db, shop.brandId, shop.postId, { title: 'Ridge Tee, renamed', body: 'Ridge tee in forest green', maxPerOrder: 5, variants: options });
  }, TARGET);
  for (const url of pages) {
    await expect.poll(async () => (await reader.page.request.get(url)).text(), { timeout: 10_000 }).toContain('Ridge Tee, renamed');
  }
  await reader.context.close();
});
