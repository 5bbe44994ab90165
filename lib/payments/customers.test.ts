import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { users } from '@/db/schema';
import type { Db } from '@/db/open';
import { makeOpenOrder } from '@/test/factories';
import { withDbAndStripe, type TestStripe } from '@/test/stripe';
import { consentToSaveCard, savedCardsOf } from './customers';

let db: Db;
let stripe: TestStripe;
withDbAndStripe((database, emulator) => {
  db = database;
  stripe = emulator;
});

describe('saving the card of a checkout', () => {
  it('gives a first-time buyer a Stripe customer only when they choose to save, and the paid card is kept on it', async () => {
    const { order, buyer } = await makeOpenOrder(db, stripe.stripe);
    expect((await stripe.stripe.paymentIntents.retrieve(order.paymentIntentId!)).customer).toBeNull();

    await consentToSaveCard(db, stripe.stripe, buyer.id, order.paymentIntentId!, false);
    const [before] = await db.select({ customer: users.stripeCustomerId }).from(users).where(eq(users.id, buyer.id));
    expect(before!.customer).toBeNull();

    await consentToSaveCard(db, stripe.stripe, buyer.id, order.paymentIntentId!, true);
    const [after] = await db.select({ customer: users.stripeCustomerId }).from(users).where(eq(users.id, buyer.id));
    const intent = await stripe.stripe.paymentIntents.retrieve(order.paymentIntentId!);
    expect(intent).toMatchObject({ customer: after!.customer, setup_future_usage: 'off_session' });

    await stripe.stripe.paymentIntents.confirm(intent.id, { payment_method: 'pm_card_visa' });
    expect((await savedCardsOf(db, stripe.stripe, buyer.id)).map((card) => card.summary)).toEqual(['Visa •••4242']);
  });

  it('keeps the customer already on the PaymentIntent when consent is given twice', async () => {
    const { order, buyer } = await makeOpenOrder(db, stripe.stripe);
    await consentToSaveCard(db, stripe.stripe, buyer.id, order.paymentIntentId!, true);
    const first = (await stripe.stripe.paymentIntents.retrieve(order.paymentIntentId!)).customer;
    await consentToSaveCard(db, stripe.stripe, buyer.id, order.paymentIntentId!, true);
    expect((await stripe.stripe.paymentIntents.retrieve(order.paymentIntentId!)).customer).toBe(first);
  });
});
