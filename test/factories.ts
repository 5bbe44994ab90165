// Small factories for integration tests: real rows through the domain functions where they exist.
import type { Db } from '../db/open';
import { eq } from 'drizzle-orm';
import type Stripe from 'stripe';
import { brands, orders, users, variants } from '../db/schema';
import { createOnboardedEmulatorAccount } from '../tools/stripe-emulator/onboarding';
import { runningTestStripe } from './stripe';
import { createBrand } from '../lib/catalog/brands';
import { createPost, type NewPost } from '../lib/catalog/posts';
import { startCheckout } from '../lib/checkout/start-checkout';

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export async function makeUser(db: Db, overrides: { email?: string; name?: string } = {}) {
  const id = crypto.randomUUID();
  const [user] = await db
    .insert(users)
    .values({ id, email: overrides.email ?? `user-${unique()}@example.test`, name: overrides.name ?? 'Test User' })
    .returning();
  if (!user) throw new Error('user not created');
  return user;
}

/**
 * A brand that can sell: payouts onboarded on the test file's emulator when one is running (so
 * destination charges reach a real account), otherwise just marked ready. `payouts: false` gives
 * a brand that has not set up payouts.
 */
export async function makeBrand(db: Db, ownerId?: string, options: { payouts?: boolean; trusted?: boolean } = {}) {
  const owner = ownerId ?? (await makeUser(db)).id;
  const created = await createBrand(db, owner, { handle: `b_${unique()}`.slice(0, 24), name: 'Test Brand' });
  // Trusted unless `trusted: false`, so its posts publish without pre-publication review.
  const brand = options.trusted === false ? created : (await db.update(brands).set({ trustedAt: new Date() }).where(eq(brands.id, created.id)).returning())[0]!;
  if (options.payouts === false) return brand;
  const stripe = runningTestStripe();
  const stripeAccountId = stripe ? (await createOnboardedEmulatorAccount(stripe, `${brand.handle}@example.test`)).id : `acct_factory_${unique()}`;
  const [ready] = await db.update(brands).set({ stripeAccountId, chargesEnabled: true, payoutsEnabled: true }).where(eq(brands.id, brand.id)).returning();
  return ready!;
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

/** A buyer's order awaiting payment (one M at €25.00 of three), made through the real checkout. */
export async function makeOpenOrder(db: Db, stripe: Stripe) {
  const brand = await makeBrand(db);
  const post = await makePost(db, brand.id, { variants: [{ label: 'M', priceMinor: 2500, stock: 3 }] });
  const [variant] = await db.select().from(variants).where(eq(variants.postId, post.id));
  const buyer = await makeUser(db);
  const session = await startCheckout(db, stripe, { buyerId: buyer.id, postId: post.id, variantId: variant!.id, quantity: 1 });
  const [order] = await db.select().from(orders).where(eq(orders.id, session.orderId));
  return { order: order!, buyer };
}
