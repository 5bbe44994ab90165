// Fast set-up for purchase specs: accounts through better-auth's HTTP API (the browser context
// keeps the session cookie), a brand and a post written straight to the e2e database.
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { e2eSql } from './db';
import { uniqueEmail } from './accounts';
import Stripe from 'stripe';
import { E2E_DATABASE_URL, E2E_EMULATOR_PORT, E2E_PORT } from './environment';
import { createOnboardedEmulatorAccount } from '../../tools/stripe-emulator/onboarding';

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
  postId: string;
  variants: Record<string, string>;
}

/** Where a shop is made: the e2e run's app by default; the two-instance spec passes its cluster's. */
export interface ShopTarget {
  origin: string;
  databaseUrl: string;
  emulatorPort: number;
}

export async function createShop(
  request: APIRequestContext,
  variants: { label: string; priceMinor: number; stock: number }[],
  currency = 'EUR',
  target: ShopTarget = { origin: ORIGIN, databaseUrl: E2E_DATABASE_URL, emulatorPort: E2E_EMULATOR_PORT },
): Promise<DemoShop> {
  const owner = await signUpViaApi(request, 'Shop Owner', target.origin);
  const handle = `shop_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
  const sql = e2eSql(target.databaseUrl);
  try {
    // A trusted brand whose payouts are ready, as a brand that finished onboarding would be.
    const stripe = new Stripe('sk_test_e2e', { host: '127.0.0.1', port: target.emulatorPort, protocol: 'http' });
    const account = await createOnboardedEmulatorAccount(stripe, owner.email);
    const [brand] = await sql`insert into brands (owner_id, handle, name, stripe_account_id, charges_enabled, payouts_enabled, trusted_at)
      values (${owner.id}, ${handle}, ${'Shop ' + handle}, ${account.id}, true, true, now()) returning id`;
    const [post] = await sql`insert into posts (brand_id, title, body, status, published_at) values (${brand!.id}, ${'Ridge Tee'}, ${'Ridge tee in forest green'}, 'published', now()) returning id`;
    const ids: Record<string, string> = {};
    for (const [position, variant] of variants.entries()) {
      const [row] = await sql`insert into variants (post_id, label, price_minor, currency, stock, position)
        values (${post!.id}, ${variant.label}, ${variant.priceMinor}, ${currency}, ${variant.stock}, ${position}) returning id`;
      ids[variant.label] = row!.id as string;
    }
    return { handle, postId: post!.id as string, variants: ids };
  } finally {
    await sql.end();
  }
}

/** A fresh buyer signed in in this page's browser context. */
export async function signInNewBuyer(page: Page, name = 'Bo Buyer') {
  await page.context().clearCookies();
  return signUpViaApi(page.request, name);
}
