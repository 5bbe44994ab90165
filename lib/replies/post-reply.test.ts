import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { orders, replies, users, variants, waitlistEntries } from '@/db/schema';
import { inboxTexts } from '@/test/conversations';
import type { Db } from '@/db/open';
import { makeBrand, makePost, makeUser } from '@/test/factories';
import { withDbAndStripe, type TestStripe } from '@/test/stripe';
import { restockVariant } from '@/lib/catalog/restock';
import { expireStaleOrders } from '@/lib/checkout/expire';
import { ensureStripeCustomer } from '@/lib/payments/customers';
import { confirmWithSavedCard } from './confirm-saved-card';
import { MAX_PENDING_REPLY_PURCHASES, postReply } from './post-reply';
import { listThread } from './thread';
import { replyText } from './brand-answer';
import { translatorFor } from '@/lib/i18n/translator';

let db: Db;
let stripe: TestStripe;
withDbAndStripe((database, emulator) => {
  db = database;
  stripe = emulator;
});

async function teePost(stock = { S: 5, M: 5, L: 5 }) {
  const brand = await makeBrand(db);
  const post = await makePost(db, brand.id, {
    maxPerOrder: 3,
    variants: Object.entries(stock).map(([label, units]) => ({ label, priceMinor: 2500, stock: units })),
  });
  const rows = await db.select().from(variants).where(eq(variants.postId, post.id));
  const byLabel = Object.fromEntries(rows.map((row) => [row.label, row]));
  return { brand, post, byLabel };
}

async function buyerWithSavedCard(testCard = 'pm_card_visa') {
  const buyer = await makeUser(db);
  const customer = await ensureStripeCustomer(db, stripe.stripe, buyer.id);
  const method = await stripe.stripe.paymentMethods.attach(testCard, { customer });
  await stripe.stripe.customers.update(customer, { invoice_settings: { default_payment_method: method.id } });
  return buyer;
}

describe('replies', () => {
  it('stores a plain reply and shows it in the thread', async () => {
    const { post } = await teePost();
    const fan = await makeUser(db, { name: 'Fan' });
    const outcome = await postReply(db, stripe.stripe, { postId: post.id, authorId: fan.id, body: 'Love the colour <b>!</b>' });
    expect(outcome.kind).toBe('reply');
    const thread = await listThread(db, post.id, null);
    expect(thread.map((r) => [r.authorName, r.body])).toEqual([['Fan', 'Love the colour <b>!</b>']]);
  });

  it('refuses an empty or overlong reply and saves nothing', async () => {
    const { post } = await teePost();
    const fan = await makeUser(db);
    await expect(postReply(db, stripe.stripe, { postId: post.id, authorId: fan.id, body: '   ' })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(postReply(db, stripe.stripe, { postId: post.id, authorId: fan.id, body: 'x'.repeat(501) })).rejects.toMatchObject({ code: 'invalid_input' });
    expect(await db.select().from(replies).where(eq(replies.postId, post.id))).toHaveLength(0);
  });
});

describe('buying replies', () => {
  it('#buy M without a saved card opens checkout for that variant, tied to the reply; no Stripe customer until a card is saved', async () => {
    const { post, byLabel } = await teePost();
    const buyer = await makeUser(db);
    const outcome = await postReply(db, stripe.stripe, { postId: post.id, authorId: buyer.id, body: 'yes please #BUY m' });
    expect(outcome.kind).toBe('checkout');
    if (outcome.kind !== 'checkout') return;
    expect(outcome.session).toMatchObject({ itemLabel: 'M', quantity: 1, amountMinor: 2500 });
    const [order] = await db.select().from(orders).where(eq(orders.id, outcome.session.orderId));
    expect(order).toMatchObject({ source: 'reply', replyId: outcome.reply.id, variantId: byLabel.M!.id, status: 'pending_payment' });
    const intent = await stripe.stripe.paymentIntents.retrieve(order!.paymentIntentId!);
    const [user] = await db.select().from(users).where(eq(users.id, buyer.id));
    expect(intent.customer).toBeNull();
    expect(user!.stripeCustomerId).toBeNull();
  });

  it('replies in German, French and Italian buy like #buy: #kaufen M 2 Stück, #acheter taille L x2, #compra 3 pezzi S', async () => {
    const { post, byLabel } = await teePost();
    for (const [body, label, quantity] of [['#kaufen M 2 Stück', 'M', 2], ['#acheter taille L x2', 'L', 2], ['#compra 3 pezzi S', 'S', 3]] as const) {
      const buyer = await makeUser(db);
      const outcome = await postReply(db, stripe.stripe, { postId: post.id, authorId: buyer.id, body });
      if (outcome.kind !== 'checkout') throw new Error(`${body}: expected checkout, got ${outcome.kind}`);
      const [order] = await db.select().from(orders).where(eq(orders.id, outcome.session.orderId));
      expect(order).toMatchObject({ source: 'reply', variantId: byLabel[label]!.id, quantity, amountMinor: 2500 * quantity, status: 'pending_payment' });
    }
  });

  it('#buy from a buyer who has a Stripe customer but no saved card puts that customer on the PaymentIntent', async () => {
    const { post } = await teePost();
    const buyer = await makeUser(db);
    const customer = await ensureStripeCustomer(db, stripe.stripe, buyer.id);
    const outcome = await postReply(db, stripe.stripe, { postId: post.id, authorId: buyer.id, body: '#buy S' });
    expect(outcome.kind).toBe('checkout');
    if (outcome.kind !== 'checkout') return;
    const [order] = await db.select().from(orders).where(eq(orders.id, outcome.session.orderId));
    expect((await stripe.stripe.paymentIntents.retrieve(order!.paymentIntentId!)).customer).toBe(customer);
  });

  it('with a saved card offers a one-tap confirmation, which charges it: paid, receipt, bought badge', async () => {
    const { post } = await teePost();
    const buyer = await buyerWithSavedCard();
    const outcome = await postReply(db, stripe.stripe, { postId: post.id, authorId: buyer.id, body: '#buy L x2' });
    expect(outcome).toMatchObject({ kind: 'confirm', savedCard: 'Visa •••4242', session: { itemLabel: 'L', quantity: 2, amountMinor: 5000 } });
    if (outcome.kind !== 'confirm') return;
    const mine = await listThread(db, post.id, buyer.id);
    expect(mine[0]!.purchase).toMatchObject({ status: 'pending_payment', savedCard: 'Visa •••4242' });
    expect((await listThread(db, post.id, null))[0]!.purchase).toBeNull();

    expect(await confirmWithSavedCard(db, stripe.stripe, buyer.id, outcome.session.orderId)).toEqual({ status: 'paid' });
    const [order] = await db.select().from(orders).where(eq(orders.id, outcome.session.orderId));
    expect(order!.status).toBe('paid');
    expect(await inboxTexts(db, buyer.id, 'order.receipt')).toHaveLength(1);
    expect((await listThread(db, post.id, null))[0]!.bought).toBe(true);

    await db.update(users).set({ hideBuyBadges: true }).where(eq(users.id, buyer.id));
    expect((await listThread(db, post.id, null))[0]!.bought).toBe(false);
  });

  it('a saved card that needs authentication hands the client secret to the browser', async () => {
    const { post } = await teePost();
    const buyer = await buyerWithSavedCard('pm_card_authenticationRequired');
    const outcome = await postReply(db, stripe.stripe, { postId: post.id, authorId: buyer.id, body: '#buy S' });
    if (outcome.kind !== 'confirm') throw new Error(`expected confirm, got ${outcome.kind}`);
    const result = await confirmWithSavedCard(db, stripe.stripe, buyer.id, outcome.session.orderId);
    expect(result.status).toBe('requires_action');
    const [order] = await db.select().from(orders).where(eq(orders.id, outcome.session.orderId));
    expect(order!.status).toBe('pending_payment');
    // A modal challenge over the thread for Stripe.js, not a redirect away from it.
    expect((await stripe.stripe.paymentIntents.retrieve(order!.paymentIntentId!)).next_action?.type).toBe('use_stripe_sdk');
  });

  it('a saved card the bank declines says why as a decline key the page words in the buyer\'s language; nothing is paid', async () => {
    const { post } = await teePost();
    const buyer = await buyerWithSavedCard('pm_card_chargeDeclinedInsufficientFunds');
    const outcome = await postReply(db, stripe.stripe, { postId: post.id, authorId: buyer.id, body: '#kaufen S' });
    if (outcome.kind !== 'confirm') throw new Error(`expected confirm, got ${outcome.kind}`);
    expect(await confirmWithSavedCard(db, stripe.stripe, buyer.id, outcome.session.orderId)).toEqual({ status: 'failed', decline: 'insufficientFunds' });
    const [order] = await db.select().from(orders).where(eq(orders.id, outcome.session.orderId));
    expect(order).toMatchObject({ status: 'pending_payment', lastPaymentError: 'payments.declines.insufficientFunds' });
    expect((await translatorFor('fr-FR'))(order!.lastPaymentError!)).toBe('Le solde de votre carte est insuffisant. Essayez une autre carte.');
    // An order written before keeps Stripe's own text, shown as it is.
    expect((await translatorFor('fr-FR'))('Your card has insufficient funds.')).toBe('Your card has insufficient funds.');
  });

  it('someone else cannot confirm your purchase', async () => {
    const { post } = await teePost();
    const buyer = await buyerWithSavedCard();
    const outcome = await postReply(db, stripe.stripe, { postId: post.id, authorId: buyer.id, body: '#buy S' });
    if (outcome.kind !== 'confirm') throw new Error('expected confirm');
    const thief = await makeUser(db);
    await expect(confirmWithSavedCard(db, stripe.stripe, thief.id, outcome.session.orderId)).rejects.toMatchObject({ code: 'not_found' });
    const [order] = await db.select().from(orders).where(eq(orders.id, outcome.session.orderId));
    expect(order!.status).toBe('pending_payment');
  });

  it.each([
    ['#buy', { key: 'replies.answers.whichOne', params: { options: 'S, M, L', example: 'S' } }, 'Which one? S, M, L — reply #buy S', 'Welche darf es sein? S, M, L — antworte mit #kaufen S'],
    [
      '#buy XXL x2',
      { key: 'replies.answers.unknownOption', params: { options: 'S, M, L', example: 'S x2', given: 'XXL' } },
      'We don\'t have "XXL". Which one? S, M, L — reply #buy S x2',
      '„XXL“ haben wir nicht. Welche darf es sein? S, M, L — antworte mit #kaufen S x2',
    ],
    ['#buy M x9', { key: 'replies.answers.quantityLimit', params: { max: 3 } }, 'You can buy 1 to 3 per order — reply #buy x3 or fewer.', 'Pro Bestellung gehen 1 bis 3 Stück — antworte mit #kaufen x3 oder weniger.'],
  ])('%s gets an answer from the brand in the thread, stored as a key, and reserves nothing', async (body, stored, english, german) => {
    const { post, byLabel } = await teePost();
    const buyer = await makeUser(db);
    const outcome = await postReply(db, stripe.stripe, { postId: post.id, authorId: buyer.id, body });
    if (outcome.kind !== 'asked') throw new Error(`expected asked, got ${outcome.kind}`);
    const [row] = await db.select().from(replies).where(eq(replies.id, outcome.answer.id));
    expect(row).toMatchObject({ body: null, messageKey: stored.key, messageParams: stored.params, asBrandId: post.brandId });
    const thread = await listThread(db, post.id, buyer.id);
    expect(thread[1]).toMatchObject({ brand: { name: 'Test Brand' }, body: null });
    // Each reader reads it in their language, with their own buying tag.
    expect(replyText(thread[1]!, await translatorFor('en'), 'buy')).toBe(english);
    expect(replyText(thread[1]!, await translatorFor('de-DE'), 'kaufen')).toBe(german);
    expect(await db.select().from(orders).where(eq(orders.postId, post.id))).toHaveLength(0);
    const [m] = await db.select().from(variants).where(eq(variants.id, byLabel.M!.id));
    expect(m!.stock).toBe(5);
  });

  it('the same reply twice in a row reuses the pending purchase', async () => {
    const { post } = await teePost();
    const buyer = await makeUser(db);
    const first = await postReply(db, stripe.stripe, { postId: post.id, authorId: buyer.id, body: '#buy M' });
    const second = await postReply(db, stripe.stripe, { postId: post.id, authorId: buyer.id, body: '#buy M' });
    if (first.kind !== 'checkout' || second.kind !== 'checkout') throw new Error('expected checkouts');
    expect(second.session.orderId).toBe(first.session.orderId);
    expect(await db.select().from(orders).where(eq(orders.buyerId, buyer.id))).toHaveLength(1);
  });

  it(`refuses more than ${MAX_PENDING_REPLY_PURCHASES} pending reply purchases at once`, async () => {
    const buyer = await makeUser(db);
    for (let i = 0; i < MAX_PENDING_REPLY_PURCHASES; i++) {
      const { post } = await teePost();
      expect((await postReply(db, stripe.stripe, { postId: post.id, authorId: buyer.id, body: '#buy M' })).kind).toBe('checkout');
    }
    const { post } = await teePost();
    const outcome = await postReply(db, stripe.stripe, { postId: post.id, authorId: buyer.id, body: '#buy M' });
    expect(outcome).toMatchObject({ kind: 'refused', message: 'errors.reply.tooManyPending', params: { max: MAX_PENDING_REPLY_PURCHASES } });
    expect(await db.select().from(orders).where(eq(orders.postId, post.id))).toHaveLength(0);
  });

  it('the brand replying with its own hashtag is just a reply', async () => {
    const { brand, post } = await teePost();
    const outcome = await postReply(db, stripe.stripe, { postId: post.id, authorId: brand.ownerId, body: 'Reply #buy M to get one!' });
    expect(outcome.kind).toBe('reply');
  });

  it('sold out puts the buyer on the waitlist; a restock offers them a reserved checkout in turn', async () => {
    const { brand, post, byLabel } = await teePost({ S: 0, M: 0, L: 1 });
    const first = await makeUser(db);
    const second = await makeUser(db);
    expect((await postReply(db, stripe.stripe, { postId: post.id, authorId: first.id, body: '#buy M' })).kind).toBe('waitlisted');
    expect((await postReply(db, stripe.stripe, { postId: post.id, authorId: second.id, body: '#buy M' })).kind).toBe('waitlisted');
    const thread = await listThread(db, post.id, null);
    expect(thread[1]!.answer).toEqual({ key: 'replies.answers.soldOutWaitlisted', params: { label: 'M' } });
    expect(replyText(thread[1]!, await translatorFor('en'), 'buy')).toBe("M is sold out — you're on the waitlist. We'll hold one for you when it's back.");
    expect(replyText(thread[1]!, await translatorFor('fr-FR'), 'acheter')).toBe('M est épuisé — vous êtes sur la liste d’attente. Nous vous en mettrons un de côté dès son retour.');

    const other = await makeBrand(db);
    await expect(restockVariant(db, stripe.stripe, other.id, byLabel.M!.id, 5)).rejects.toMatchObject({ code: 'not_owner' });

    expect(await restockVariant(db, stripe.stripe, brand.id, byLabel.M!.id, 1)).toEqual({ stock: 0, offered: 1 });
    const [offer] = await db.select().from(orders).where(eq(orders.buyerId, first.id));
    expect(offer).toMatchObject({ status: 'pending_payment', variantId: byLabel.M!.id, source: 'reply' });
    expect(await inboxTexts(db, first.id)).toEqual([expect.stringMatching(/^Back in stock — held for you: .*M ×1 is held for you for 15 minutes/)]);
    expect(await db.select().from(orders).where(eq(orders.buyerId, second.id))).toHaveLength(0);

    // The first buyer lets the offer lapse: the unit passes to the second in line.
    await expireStaleOrders(db, stripe.stripe, { now: new Date(Date.now() + 16 * 60_000), variantId: byLabel.M!.id });
    const [passed] = await db.select().from(orders).where(eq(orders.buyerId, second.id));
    expect(passed).toMatchObject({ status: 'pending_payment', variantId: byLabel.M!.id });
    const entries = await db.select().from(waitlistEntries).where(eq(waitlistEntries.variantId, byLabel.M!.id));
    expect(entries.map((e) => [e.userId, e.status]).sort()).toEqual([[first.id, 'done'], [second.id, 'offered']].sort());
  });
});
