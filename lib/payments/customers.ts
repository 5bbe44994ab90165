// Buyers as Stripe Customers, and the cards saved on them. Stripe keeps the cards; we keep only
// the customer id, and every card operation checks the card belongs to that customer.
import 'server-only';
import type Stripe from 'stripe';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/open';
import { users } from '@/db/schema';
import { describeCard } from '@/lib/checkout/payment-summary';
import { DomainError } from '@/lib/errors';

export interface SavedCard {
  id: string;
  summary: string;
  expires: string;
  isDefault: boolean;
}

export async function ensureStripeCustomer(db: Db, stripe: Stripe, userId: string): Promise<string> {
  const [user] = await db.select({ email: users.email, name: users.name, customerId: users.stripeCustomerId }).from(users).where(eq(users.id, userId));
  if (!user) throw new DomainError('not_found', 'errors.auth.unknownUser');
  if (user.customerId) return user.customerId;
  const customer = await stripe.customers.create({ email: user.email, name: user.name, metadata: { user_id: userId } }, { idempotencyKey: `customer-${userId}` });
  await db.update(users).set({ stripeCustomerId: customer.id }).where(eq(users.id, userId));
  return customer.id;
}

/** The person's Stripe customer id, if they have one; never creates one. */
export async function stripeCustomerOf(db: Db, userId: string): Promise<string | null> {
  const [user] = await db.select({ customerId: users.stripeCustomerId }).from(users).where(eq(users.id, userId));
  return user?.customerId ?? null;
}

/**
 * The buyer's consent to keep the card of an open checkout. Checkout does not create a Stripe
 * customer for a first-time buyer (that would be a Stripe call on every first purchase, for the
 * few who save their card), so saving one creates it now and puts it on the PaymentIntent.
 */
export async function consentToSaveCard(db: Db, stripe: Stripe, userId: string, paymentIntentId: string, save: boolean): Promise<void> {
  const params: Stripe.PaymentIntentUpdateParams = { setup_future_usage: save ? 'off_session' : '' };
  if (save) {
    const intent = await stripe.paymentIntents.retrieve(paymentIntentId);
    if (!intent.customer) params.customer = await ensureStripeCustomer(db, stripe, userId);
  }
  await stripe.paymentIntents.update(paymentIntentId, params);
}

export async function listSavedCards(stripe: Stripe, customerId: string): Promise<SavedCard[]> {
  const [customer, methods] = await Promise.all([stripe.customers.retrieve(customerId), stripe.paymentMethods.list({ customer: customerId, type: 'card', limit: 20 })]);
  const defaultId = !customer.deleted && typeof customer.invoice_settings?.default_payment_method === 'string' ? customer.invoice_settings.default_payment_method : null;
  return methods.data.map((method, index) => ({
    id: method.id,
    summary: describeCard(method.card) ?? 'Card',
    expires: method.card ? `${String(method.card.exp_month).padStart(2, '0')}/${String(method.card.exp_year).slice(-2)}` : '',
    isDefault: defaultId ? method.id === defaultId : index === 0,
  }));
}

/** A person's saved cards without creating a Stripe customer for someone who has none yet. */
export async function savedCardsOf(db: Db, stripe: Stripe, userId: string): Promise<SavedCard[]> {
  const customerId = await stripeCustomerOf(db, userId);
  return customerId ? listSavedCards(stripe, customerId) : [];
}

/** The card one-tap reply buying charges: the customer's default, else the newest saved one. */
export async function defaultSavedCard(stripe: Stripe, customerId: string): Promise<SavedCard | null> {
  const cards = await listSavedCards(stripe, customerId);
  return cards.find((card) => card.isDefault) ?? null;
}

async function requireOwnCard(stripe: Stripe, customerId: string, paymentMethodId: string): Promise<Stripe.PaymentMethod> {
  const method = await stripe.paymentMethods.retrieve(paymentMethodId).catch(() => null);
  if (!method || method.customer !== customerId) throw new DomainError('not_found', 'errors.payment.cardNotSaved');
  return method;
}

export async function setDefaultCard(stripe: Stripe, customerId: string, paymentMethodId: string): Promise<void> {
  await requireOwnCard(stripe, customerId, paymentMethodId);
  await stripe.customers.update(customerId, { invoice_settings: { default_payment_method: paymentMethodId } });
}

export async function removeCard(stripe: Stripe, customerId: string, paymentMethodId: string): Promise<void> {
  await requireOwnCard(stripe, customerId, paymentMethodId);
  await stripe.paymentMethods.detach(paymentMethodId);
}

/** A SetupIntent for adding a card from settings without buying anything. */
export async function startCardSetup(stripe: Stripe, customerId: string): Promise<string> {
  const intent = await stripe.setupIntents.create({ customer: customerId, usage: 'off_session', automatic_payment_methods: { enabled: true } });
  if (!intent.client_secret) throw new Error(`SetupIntent ${intent.id} has no client secret`);
  return intent.client_secret;
}
