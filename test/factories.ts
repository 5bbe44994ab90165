// The one set of test factories, for unit and integration tests (vitest), e2e set-up (Playwright)
// and benches: real rows made by the domain functions — catalog, checkout, moderation, Connect —
// on whichever database and Stripe they are handed. Free of vitest and Next.js, so any runner loads it.
import type { Db } from '../db/open';
import { and, eq } from 'drizzle-orm';
import type Stripe from 'stripe';
import { brands, draws, orders, users, variants } from '../db/schema';
import { completeEmulatorOnboarding } from '../tools/stripe-emulator/onboarding';
import { createBrand, markBrandTrusted } from '../lib/catalog/brands';
import { createPost, type NewPost } from '../lib/catalog/posts';
import { startCheckout } from '../lib/checkout/start-checkout';
import { settleFromPaymentIntent } from '../lib/checkout/settle';
import { launchDraw } from '../lib/draws/launch';
import { commitmentOf } from '../lib/draws/shuffle';
import type { Actor } from '../lib/moderation/audit';
import { applyConnectAccount, createOnboardingLink, refreshPayoutsStatus } from '../lib/payments/connect';
import { ensureStripeCustomer } from '../lib/payments/customers';

let counter = 0;
export const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

// The emulator brands are onboarded on when a factory is not handed one: test/stripe.ts sets the
// test file's, so destination charges reach a real (emulated) account.
let defaultStripe: Stripe | null = null;
export function onboardBrandsOn(stripe: Stripe | null) {
  defaultStripe = stripe;
}

/** A person who never signs in through a browser (those sign up through better-auth's HTTP API). */
export async function makeUser(db: Db, overrides: { email?: string; name?: string; createdAt?: Date; emailVerified?: boolean } = {}) {
  const [user] = await db
    .insert(users)
    .values({ ...overrides, id: crypto.randomUUID(), email: overrides.email ?? `user-${unique()}@example.test`, name: overrides.name ?? 'Test User' })
    .returning();
  if (!user) throw new Error('user not created');
  return user;
}

/** Someone to take admin actions as (the app gives the role by ADMIN_EMAILS; the domain checks the actor). */
export async function makeAdmin(db: Db, name = 'Set-up Admin'): Promise<Actor> {
  const user = await makeUser(db, { name });
  return { id: user.id, name: user.name, roles: ['follower', 'admin'] };
}

/**
 * Payouts ready the way a brand gets there: an onboarding link (which creates the Connect
 * account), onboarding completed on the emulator, and the account's flags read back on return.
 */
export async function onboardBrand(db: Db, stripe: Stripe, brandId: string) {
  const link = await createOnboardingLink(db, stripe, brandId, { returnUrl: 'http://localhost/studio/payouts', refreshUrl: 'http://localhost/studio/payouts' });
  await completeEmulatorOnboarding(link);
  return refreshPayoutsStatus(db, stripe, brandId);
}

/**
 * Payouts ready for a test with no emulator running: a placeholder account on the brand, flagged
 * ready as Stripe's account.updated would flag it. Charges to it never reach a Stripe.
 */
async function markPayoutsReadyOffline(db: Db, brandId: string) {
  const account = { id: `acct_factory_${unique()}`, charges_enabled: true, payouts_enabled: true } as Stripe.Account;
  await db.update(brands).set({ stripeAccountId: account.id }).where(eq(brands.id, brandId));
  await applyConnectAccount(db, account);
}

/**
 * A brand that can sell: trusted (its posts publish without review, the change an admin's
 * trustBrand makes, without the admin's log and notice), with payouts onboarded on `stripe` or the
 * test file's emulator. `payouts: false` gives a brand that has not set up payouts,
 * `trusted: false` one whose first posts wait for review.
 */
export async function makeBrand(
  db: Db,
  ownerId?: string,
  options: { payouts?: boolean; trusted?: boolean; stripe?: Stripe; handle?: string; name?: string } = {},
) {
  const owner = ownerId ?? (await makeUser(db)).id;
  const brand = await createBrand(db, owner, { handle: options.handle ?? `b_${unique()}`.slice(0, 24), name: options.name ?? 'Test Brand' });
  if (options.trusted !== false) await markBrandTrusted(db, brand.id);
  if (options.payouts !== false) {
    const stripe = options.stripe ?? defaultStripe;
    if (stripe) await onboardBrand(db, stripe, brand.id);
    else await markPayoutsReadyOffline(db, brand.id);
  }
  const [made] = await db.select().from(brands).where(eq(brands.id, brand.id));
  return made!;
}

export async function makePost(db: Db, brandId: string, overrides: Partial<NewPost> = {}) {
  return createPost(db, brandId, {
    title: 'Ridge Tee',
    body: 'A fine tee',
    buyHashtag: 'buy',
    maxPerOrder: 5,
    currency: 'EUR',
    images: [],
    publish: true,
    variants: [
      { label: 'M', priceMinor: 2500, stock: 10 },
      { label: 'L', priceMinor: 2700, stock: 10 },
    ],
    ...overrides,
  });
}

/** A trusted brand's post (one option, M, stock 50) with a draw for 5 units open for the next hour. */
export async function makeDrawPost(db: Db) {
  const brand = await makeBrand(db);
  const post = await makePost(db, brand.id, { variants: [{ label: 'M', priceMinor: 2500, stock: 50 }] });
  const [variant] = await db.select().from(variants).where(eq(variants.postId, post.id));
  const draw = await launchDraw(db, brand.id, post.id, {
    opensAt: new Date(),
    closesAt: new Date(Date.now() + 3_600_000),
    units: { [variant!.id]: 5 },
    minAccountAgeDays: null,
    requireVerifiedEmail: false,
    requireFollower: false,
  });
  return { brand, post, variant: variant!, draw };
}

/** A buyer's order awaiting payment (one M at €25.00 of three), made through the real checkout. */
export async function makeOpenOrder(db: Db, stripe: Stripe) {
  const brand = await makeBrand(db, undefined, { stripe });
  const post = await makePost(db, brand.id, { variants: [{ label: 'M', priceMinor: 2500, stock: 3 }] });
  const [variant] = await db.select().from(variants).where(eq(variants.postId, post.id));
  const buyer = await makeUser(db);
  const session = await startCheckout(db, stripe, { buyerId: buyer.id, postId: post.id, variantId: variant!.id, quantity: 1 });
  const [order] = await db.select().from(orders).where(eq(orders.id, session.orderId));
  return { order: order!, buyer };
}

/** A paid order: the real checkout, the buyer's card confirmed on Stripe, and the order settled from it. */
export async function makePaidOrder(db: Db, stripe: Stripe, request: { buyerId: string; postId: string; variantId: string; quantity?: number }) {
  const session = await startCheckout(db, stripe, { quantity: 1, ...request });
  const [order] = await db.select().from(orders).where(eq(orders.id, session.orderId));
  const intent = await stripe.paymentIntents.confirm(order!.paymentIntentId!, { payment_method: 'pm_card_visa' });
  await settleFromPaymentIntent(db, stripe, intent);
  const [paid] = await db.select().from(orders).where(eq(orders.id, session.orderId));
  return paid!;
}

/** A card saved on the person's Stripe customer (made on first use), as the card sheet leaves it; returns the PaymentMethod. */
export async function makeSavedCard(db: Db, stripe: Stripe, userId: string, number = '4242424242424242') {
  const customer = await ensureStripeCustomer(db, stripe, userId);
  const card = await stripe.paymentMethods.create({ type: 'card', card: { number, exp_month: 12, exp_year: 2040, cvc: '123' } } as Stripe.PaymentMethodCreateParams);
  return stripe.paymentMethods.attach(card.id, { customer });
}

// Time passing, for tests that need the clock past a deadline while the app's own sweeps run on
// real time: the deadline is moved back instead, and the app's code does the rest.

/** The buyer's open reservations ran out a minute ago (the reservation sweep then expires them). */
export async function runOutReservations(db: Db, buyerId: string) {
  await db
    .update(orders)
    .set({ expiresAt: new Date(Date.now() - 60_000) })
    .where(and(eq(orders.buyerId, buyerId), eq(orders.status, 'pending_payment')));
}

/** The post's draw stopped taking entries a second ago; it will be drawn with `seed` (committed to as launching does). */
export async function closeDrawEntries(db: Db, postId: string, seed: string) {
  const now = Date.now();
  await db
    .update(draws)
    .set({ seed, seedCommitment: commitmentOf(seed), opensAt: new Date(now - 3_600_000), closesAt: new Date(now - 1000) })
    .where(eq(draws.postId, postId));
}
