// Stripe Connect for brands: one Express account per brand, onboarding through AccountLinks, the
// account's charges/payouts flags mirrored on the brand, and destination-charge parameters.
import 'server-only';
import type Stripe from 'stripe';
import { eq, and, isNull } from 'drizzle-orm';
import type { DbOrTx } from '@/db/open';
import { brands, posts, users, type Brand, type Order } from '@/db/schema';
import { platformFeeBps } from '@/lib/config';
import { DomainError } from '@/lib/errors';

/** The platform's cut of an amount, rounded down to a whole minor unit. */
export function platformFeeFor(amountMinor: number, bps = platformFeeBps()): number {
  return Math.floor((amountMinor * bps) / 10_000);
}

export function isPayoutsReady(brand: Pick<Brand, 'stripeAccountId' | 'chargesEnabled'>): boolean {
  return Boolean(brand.stripeAccountId && brand.chargesEnabled);
}

async function requireBrand(db: DbOrTx, brandId: string): Promise<Brand> {
  const [brand] = await db.select().from(brands).where(eq(brands.id, brandId));
  if (!brand) throw new DomainError('not_found', 'errors.brand.notFound');
  return brand;
}

/** The brand's Express account, created once (the brand id is the idempotency key). */
export async function ensureConnectAccount(db: DbOrTx, stripe: Stripe, brandId: string): Promise<string> {
  const brand = await requireBrand(db, brandId);
  if (brand.stripeAccountId) return brand.stripeAccountId;
  const [owner] = await db.select({ email: users.email }).from(users).where(eq(users.id, brand.ownerId));
  const account = await stripe.accounts.create(
    {
      type: 'express',
      email: owner?.email,
      business_profile: { name: brand.name },
      metadata: { brand_id: brand.id },
      capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
    },
    { idempotencyKey: `brand-${brand.id}-connect-account` },
  );
  await db.update(brands).set({ stripeAccountId: account.id }).where(and(eq(brands.id, brand.id), isNull(brands.stripeAccountId)));
  const [stored] = await db.select({ id: brands.stripeAccountId }).from(brands).where(eq(brands.id, brand.id));
  return stored?.id ?? account.id;
}

/** A single-use onboarding link; Stripe sends the brand back to returnUrl (done or not) or refreshUrl (expired link). */
export async function createOnboardingLink(db: DbOrTx, stripe: Stripe, brandId: string, urls: { returnUrl: string; refreshUrl: string }): Promise<string> {
  const account = await ensureConnectAccount(db, stripe, brandId);
  const link = await stripe.accountLinks.create({ account, type: 'account_onboarding', return_url: urls.returnUrl, refresh_url: urls.refreshUrl });
  return link.url;
}

/** Mirrors what Stripe says about an account onto its brand (from a webhook or a retrieve). */
export async function applyConnectAccount(db: DbOrTx, account: Stripe.Account): Promise<boolean> {
  const updated = await db
    .update(brands)
    .set({ chargesEnabled: account.charges_enabled, payoutsEnabled: account.payouts_enabled })
    .where(eq(brands.stripeAccountId, account.id))
    .returning({ id: brands.id });
  return updated.length > 0;
}

/** Re-reads the brand's account from Stripe (on return from onboarding) and stores its flags. */
export async function refreshPayoutsStatus(db: DbOrTx, stripe: Stripe, brandId: string): Promise<Brand> {
  const brand = await requireBrand(db, brandId);
  if (!brand.stripeAccountId) return brand;
  await applyConnectAccount(db, await stripe.accounts.retrieve(brand.stripeAccountId));
  return requireBrand(db, brandId);
}

/**
 * The Connect part of an order's PaymentIntent: a destination charge to the brand with the fee
 * fixed on the order, and manual capture when the post is a drop (charged only if it succeeds).
 */
export async function destinationChargeParams(
  db: DbOrTx,
  order: Pick<Order, 'brandId' | 'postId' | 'platformFeeMinor'>,
): Promise<Pick<Stripe.PaymentIntentCreateParams, 'transfer_data' | 'application_fee_amount' | 'capture_method'>> {
  const [row] = await db
    .select({ account: brands.stripeAccountId, dropGoal: posts.dropGoal })
    .from(posts)
    .innerJoin(brands, eq(brands.id, posts.brandId))
    .where(eq(posts.id, order.postId));
  return destinationChargeFor({ account: row?.account ?? null, dropGoal: row?.dropGoal ?? null }, order);
}

/** The same, from the brand's account and the post's drop goal when the caller has read them already. */
export function destinationChargeFor(
  { account, dropGoal }: { account: string | null; dropGoal: number | null },
  order: Pick<Order, 'platformFeeMinor'>,
): Pick<Stripe.PaymentIntentCreateParams, 'transfer_data' | 'application_fee_amount' | 'capture_method'> {
  if (!account) throw new DomainError('payouts_not_ready', 'errors.brand.payoutsNotReady');
  return {
    transfer_data: { destination: account },
    ...(order.platformFeeMinor > 0 ? { application_fee_amount: order.platformFeeMinor } : {}),
    ...(dropGoal ? { capture_method: 'manual' as const } : {}),
  };
}
