// Fast set-up for purchase specs: accounts through better-auth's HTTP API (the browser context
// keeps the session cookie), a brand and a post made by the domain functions (test/factories.ts).
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { eq } from 'drizzle-orm';
import { brands, variants as variantRows } from '../../db/schema';
import { markBrandTrusted } from '../../lib/catalog/brands';
import { makeBrand, makePost } from '../../test/factories';
import { uniqueEmail } from './accounts';
import { E2E_TARGET, withDomain, type SetUpTarget } from './db';
import { E2E_PORT } from './environment';

const ORIGIN = `http://localhost:${E2E_PORT}`;

export async function signUpViaApi(request: APIRequestContext, name: string, origin = ORIGIN): Promise<{ id: string; email: string }> {
  const email = uniqueEmail(name.toLowerCase().replace(/\W+/g, '-'));
  const response = await request.post('/api/auth/sign-up/email', { data: { email, password: 'correct-horse-battery', name }, headers: { origin } });
  expect(response.ok(), await response.text()).toBe(true);
  const body = (await response.json()) as { user: { id: string } };
  return { id: body.user.id, email };
}

export interface DemoShop {
  handle: string;
  brandId: string;
  ownerId: string;
  postId: string;
  variants: Record<string, string>;
}

/** Where a shop is made: the e2e run's app by default; the two-instance spec passes its cluster's. */
export interface ShopTarget extends SetUpTarget {
  origin: string;
}

/** A trusted brand with payouts onboarded, owned by a new account signed in on `request`, and one published post. */
export async function createShop(
  request: APIRequestContext,
  variants: { label: string; priceMinor: number; stock: number }[],
  { images = [], target = { origin: ORIGIN, ...E2E_TARGET } }: { images?: { url: string; alt: string }[]; target?: ShopTarget } = {},
): Promise<DemoShop> {
  const owner = await signUpViaApi(request, 'Shop Owner', target.origin);
  const handle = `shop_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
  return withDomain(async (db, stripe) => {
    const brand = await makeBrand(db, owner.id, { stripe, handle, name: `Shop ${handle}` });
    const post = await makePost(db, brand.id, { title: 'Ridge Tee', body: 'Ridge tee in forest green', variants, images });
    const rows = await db.select({ id: variantRows.id, label: variantRows.label }).from(variantRows).where(eq(variantRows.postId, post.id));
    return { handle, brandId: brand.id, ownerId: owner.id, postId: post.id, variants: Object.fromEntries(rows.map((row) => [row.label, row.id])) };
  }, target);
}

/** A brand opened through the studio is trusted, as an admin's trust makes it (its posts then publish without review). */
export async function trustBrandWithHandle(handle: string, target: SetUpTarget = E2E_TARGET) {
  await withDomain(async (db) => {
    const [brand] = await db.select({ id: brands.id }).from(brands).where(eq(brands.handle, handle));
    await markBrandTrusted(db, brand!.id);
  }, target);
}

/** A fresh buyer signed in in this page's browser context. */
export async function signInNewBuyer(page: Page, name = 'Bo Buyer') {
  await page.context().clearCookies();
  return signUpViaApi(page.request, name);
}
