import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type Stripe from 'stripe';
import { orders, stripeEvents } from '@/db/schema';
import { inboxTexts } from '@/test/conversations';
import type { Db } from '@/db/open';
import { makeOpenOrder } from '@/test/factories';
import { withDbAndStripe, type TestStripe } from '@/test/stripe';
import { handleStripeEvent, verifyStripeEvent, WebhookSignatureError } from './events';
import { translatorFor } from '@/lib/i18n/translator';

let db: Db;
let stripe: TestStripe;
const secret = 'whsec_test_events';

withDbAndStripe((database, emulator) => {
  db = database;
  stripe = emulator;
});


async function eventsFor(intentId: string, type: string): Promise<Stripe.Event[]> {
  const list = await stripe.stripe.events.list({ type, limit: 100 });
  return list.data.filter((event) => (event.data.object as { id?: string }).id === intentId);
}

function signed(event: Stripe.Event, withSecret = secret) {
  const payload = JSON.stringify(event);
  return { payload, header: stripe.stripe.webhooks.generateTestHeaderString({ payload, secret: withSecret }) };
}

describe('stripe webhooks', () => {
  it('refuses a forged signature and a tampered payload; nothing changes', async () => {
    const { order } = await makeOpenOrder(db, stripe.stripe);
    await stripe.stripe.paymentIntents.confirm(order.paymentIntentId!, { payment_method: 'pm_card_visa' });
    const [event] = await eventsFor(order.paymentIntentId!, 'payment_intent.succeeded');
    const forged = signed(event!, 'whsec_attacker');
    expect(() => verifyStripeEvent(stripe.stripe, forged.payload, forged.header, secret)).toThrow(WebhookSignatureError);
    const genuine = signed(event!);
    expect(() => verifyStripeEvent(stripe.stripe, genuine.payload.replace('2500', '1'), genuine.header, secret)).toThrow(WebhookSignatureError);
    expect(() => verifyStripeEvent(stripe.stripe, genuine.payload, null, secret)).toThrow(WebhookSignatureError);
    const [row] = await db.select().from(orders).where(eq(orders.id, order.id));
    expect(row!.status).toBe('pending_payment');
    expect(await db.select().from(stripeEvents).where(eq(stripeEvents.id, event!.id))).toHaveLength(0);
  });

  it('applies a duplicated succeeded event once: one paid order, one receipt', async () => {
    const { order, buyer } = await makeOpenOrder(db, stripe.stripe);
    await stripe.stripe.paymentIntents.confirm(order.paymentIntentId!, { payment_method: 'pm_card_visa' });
    const [event] = await eventsFor(order.paymentIntentId!, 'payment_intent.succeeded');
    const { payload, header } = signed(event!);
    const verified = verifyStripeEvent(stripe.stripe, payload, header, secret);
    const outcomes = await Promise.all([handleStripeEvent(db, stripe.stripe, verified), handleStripeEvent(db, stripe.stripe, verified)]);
    expect(outcomes.filter((o) => o === 'handled').length).toBeGreaterThanOrEqual(1);
    expect(await handleStripeEvent(db, stripe.stripe, verified)).toBe('duplicate');
    const [row] = await db.select().from(orders).where(eq(orders.id, order.id));
    expect(row!.status).toBe('paid');
    expect(await inboxTexts(db, buyer.id, 'order.receipt')).toHaveLength(1);
  });

  it('never un-pays: a payment_failed delivered after succeeded leaves the order paid', async () => {
    const { order } = await makeOpenOrder(db, stripe.stripe);
    await expect(stripe.stripe.paymentIntents.confirm(order.paymentIntentId!, { payment_method: 'pm_card_chargeDeclined' })).rejects.toMatchObject({ code: 'card_declined' });
    await stripe.stripe.paymentIntents.confirm(order.paymentIntentId!, { payment_method: 'pm_card_visa' });
    const [failed] = await eventsFor(order.paymentIntentId!, 'payment_intent.payment_failed');
    const [succeeded] = await eventsFor(order.paymentIntentId!, 'payment_intent.succeeded');
    expect(failed && succeeded).toBeTruthy();
    await handleStripeEvent(db, stripe.stripe, succeeded!);
    await handleStripeEvent(db, stripe.stripe, failed!);
    const [row] = await db.select().from(orders).where(eq(orders.id, order.id));
    expect(row).toMatchObject({ status: 'paid', paymentMethodSummary: 'Visa •••4242' });
  });

  it('settles correctly when the failure arrives first and then the success', async () => {
    const { order } = await makeOpenOrder(db, stripe.stripe);
    await expect(stripe.stripe.paymentIntents.confirm(order.paymentIntentId!, { payment_method: 'pm_card_chargeDeclinedInsufficientFunds' })).rejects.toMatchObject({
      decline_code: 'insufficient_funds',
    });
    const [failed] = await eventsFor(order.paymentIntentId!, 'payment_intent.payment_failed');
    await handleStripeEvent(db, stripe.stripe, failed!);
    const [stillPending] = await db.select().from(orders).where(eq(orders.id, order.id));
    expect(stillPending!.status).toBe('pending_payment');
    // Kept as the decline's message key and worded for whoever reads the order, here a German buyer.
    expect(stillPending!.lastPaymentError).toBe('payments.declines.insufficientFunds');
    expect((await translatorFor('de-DE'))(stillPending!.lastPaymentError!)).toBe('Auf deiner Karte ist nicht genug Guthaben. Versuch es mit einer anderen Karte.');
    await stripe.stripe.paymentIntents.confirm(order.paymentIntentId!, { payment_method: 'pm_card_visa' });
    const [succeeded] = await eventsFor(order.paymentIntentId!, 'payment_intent.succeeded');
    await handleStripeEvent(db, stripe.stripe, succeeded!);
    const [row] = await db.select().from(orders).where(eq(orders.id, order.id));
    expect(row!.status).toBe('paid');
  });
});
