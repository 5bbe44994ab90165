// Draws end to end in the domain: launching, entering under the rules and anti-abuse limits, the
// close made once under concurrent ticks, off-session charges in shuffle order, and the fallback
// chain when a winner's bank wants authentication or the card is declined.
import { and, eq, inArray } from 'drizzle-orm';
import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import type { Db } from '@/db/open';
import { conversationMessages, conversations, drawEntries, draws, follows, orders, users, variants } from '@/db/schema';
import { followBrand } from '@/lib/catalog/brands';
import { ensureStripeCustomer } from '@/lib/payments/customers';
import { postReply } from '@/lib/replies/post-reply';
import { listThread } from '@/lib/replies/thread';
import { replyText } from '@/lib/replies/brand-answer';
import { translatorFor } from '@/lib/i18n/translator';
import { makeBrand, makePost, makeUser } from '@/test/factories';
import { withDbAndStripe, type TestStripe } from '@/test/stripe';
import { enterDraw, withdrawEntry } from './entries';
import { launchDraw, updateDrawRules } from './launch';
import { ENTRIES_PER_DRAW } from './rules';
import { payDrawWin } from './pay';
import { makeDraw, tickDraws } from './run';
import { shuffleEntries } from './shuffle';
import { getDrawVerification, listFlaggedDraws } from './view';

let db: Db;
let t: TestStripe;
withDbAndStripe((database, emulator) => {
  db = database;
  t = emulator;
});

const HOUR = 3_600_000;

async function shop(units: Record<'M' | 'L', number>, stock = 10) {
  const brand = await makeBrand(db);
  const post = await makePost(db, brand.id, { variants: [{ label: 'M', priceMinor: 2500, stock }, { label: 'L', priceMinor: 2700, stock }] });
  const options = await db.select().from(variants).where(eq(variants.postId, post.id));
  const m = options.find((v) => v.label === 'M')!;
  const l = options.find((v) => v.label === 'L')!;
  const unitMap: Record<string, number> = {};
  if (units.M) unitMap[m.id] = units.M;
  if (units.L) unitMap[l.id] = units.L;
  const draw = await launchDraw(db, brand.id, post.id, {
    opensAt: new Date(),
    closesAt: new Date(Date.now() + HOUR),
    units: unitMap,
    minAccountAgeDays: null,
    requireVerifiedEmail: false,
    requireFollower: false,
  });
  return { brand, post, draw, m, l };
}

/** A person with a card saved through a SetupIntent (3-D Secure completed when the card asks). */
async function entrant(number = '4242424242424242') {
  const user = await makeUser(db);
  const customer = await ensureStripeCustomer(db, t.stripe, user.id);
  const setup = await t.stripe.setupIntents.create({
    customer,
    confirm: true,
    usage: 'off_session',
    payment_method_data: { type: 'card', card: { number, exp_month: 12, exp_year: 2040, cvc: '123' } } as Stripe.SetupIntentCreateParams.PaymentMethodData,
  });
  if (setup.status === 'requires_action') {
    await fetch(`${t.emulator.url}/_emulator/intents/${setup.id}/authenticate`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"outcome":"complete"}' });
  }
  const paymentMethodId = String((await t.stripe.setupIntents.retrieve(setup.id)).payment_method);
  return { user, paymentMethodId };
}

async function messageKeys(userId: string): Promise<string[]> {
  const rows = await db
    .select({ key: conversationMessages.messageKey })
    .from(conversationMessages)
    .innerJoin(conversations, eq(conversations.id, conversationMessages.conversationId))
    .where(eq(conversations.buyerId, userId));
  return rows.map((row) => row.key ?? '').filter((key) => key.startsWith('draw.'));
}

async function entriesOf(drawId: string) {
  return db.select().from(drawEntries).where(eq(drawEntries.drawId, drawId));
}

const closeNow = (drawId: string) => db.update(draws).set({ closesAt: new Date(Date.now() - 1000), opensAt: new Date(Date.now() - HOUR) }).where(eq(draws.id, drawId));

describe('launching a draw', () => {
  it('refuses a window over 7 days, units above stock, and rule changes once entries are open', async () => {
    const brand = await makeBrand(db);
    const post = await makePost(db, brand.id);
    const [variant] = await db.select().from(variants).where(eq(variants.postId, post.id));
    const base = { opensAt: new Date(), minAccountAgeDays: null, requireVerifiedEmail: false, requireFollower: false };
    await expect(launchDraw(db, brand.id, post.id, { ...base, closesAt: new Date(Date.now() + 8 * 24 * HOUR), units: { [variant!.id]: 1 } })).rejects.toMatchObject({ code: 'invalid_input', field: 'closesAt' });
    await expect(launchDraw(db, brand.id, post.id, { ...base, closesAt: new Date(Date.now() + HOUR), units: { [variant!.id]: 11 } })).rejects.toMatchObject({ code: 'invalid_input' });
    const other = await makeBrand(db);
    await expect(launchDraw(db, other.id, post.id, { ...base, closesAt: new Date(Date.now() + HOUR), units: { [variant!.id]: 1 } })).rejects.toMatchObject({ code: 'not_owner' });
    expect(await db.select().from(draws).where(eq(draws.postId, post.id))).toEqual([]);

    const later = await launchDraw(db, brand.id, post.id, { ...base, opensAt: new Date(Date.now() + HOUR), closesAt: new Date(Date.now() + 2 * HOUR), units: { [variant!.id]: 2 } });
    expect(later.seedCommitment).toMatch(/^[0-9a-f]{64}$/);
    const edited = await updateDrawRules(db, brand.id, later.id, { minAccountAgeDays: 30, requireVerifiedEmail: true, requireFollower: false });
    expect(edited.minAccountAgeDays).toBe(30);
    await db.update(draws).set({ opensAt: new Date(Date.now() - 1000) }).where(eq(draws.id, later.id));
    await expect(updateDrawRules(db, brand.id, later.id, { minAccountAgeDays: null, requireVerifiedEmail: false, requireFollower: false })).rejects.toMatchObject({ code: 'invalid_state' });
    const [kept] = await db.select().from(draws).where(eq(draws.id, later.id));
    expect(kept).toMatchObject({ minAccountAgeDays: 30, requireVerifiedEmail: true });
  });
});

describe('entering', () => {
  it('one entry per account and per card; a shared card is refused and counted for the admin queue', async () => {
    const { post, draw, m } = await shop({ M: 1, L: 0 });
    const a = await entrant('4242424242424242');
    const entry = await enterDraw(db, t.stripe, { userId: a.user.id, postId: post.id, variantId: m.id, paymentMethodId: a.paymentMethodId });
    // A double click is the same entry; another option is refused.
    expect((await enterDraw(db, t.stripe, { userId: a.user.id, postId: post.id, variantId: m.id, paymentMethodId: a.paymentMethodId })).id).toBe(entry.id);
    const b = await entrant('4242424242424242');
    await expect(enterDraw(db, t.stripe, { userId: b.user.id, postId: post.id, variantId: m.id, paymentMethodId: b.paymentMethodId })).rejects.toMatchObject({ code: 'card_in_use' });
    // Someone else's saved card cannot be used at all.
    await expect(enterDraw(db, t.stripe, { userId: b.user.id, postId: post.id, variantId: m.id, paymentMethodId: a.paymentMethodId })).rejects.toMatchObject({ code: 'not_found' });
    const [after] = await db.select().from(draws).where(eq(draws.id, draw.id));
    expect(after!.sharedCardAttempts).toBe(1);
    expect((await listFlaggedDraws(db)).find((flagged) => flagged.postId === post.id)).toMatchObject({ sharedCardAttempts: 1, phase: 'open' });
    expect((await entriesOf(draw.id)).map((e) => e.userId)).toEqual([a.user.id]);
  });

  it('a reply with the localized tag enters the draw with the default saved card (#kaufen M), never buying', async () => {
    const { post, draw, m } = await shop({ M: 1, L: 0 });
    const fan = await entrant('4242424242424242');
    const customer = await ensureStripeCustomer(db, t.stripe, fan.user.id);
    await t.stripe.customers.update(customer, { invoice_settings: { default_payment_method: fan.paymentMethodId } });
    const outcome = await postReply(db, t.stripe, { postId: post.id, authorId: fan.user.id, body: 'Bitte! #kaufen M 2 Stück' });
    if (outcome.kind !== 'asked') throw new Error(`expected asked, got ${outcome.kind}`);
    const [entry] = await entriesOf(draw.id);
    expect(entry).toMatchObject({ userId: fan.user.id, variantId: m.id, paymentMethodId: fan.paymentMethodId, status: 'entered' });
    // The brand's answer is a key with params, read in German by a German reader.
    expect(outcome.answer).toMatchObject({ body: null, messageKey: 'replies.answers.drawEntered', messageParams: { label: 'M', entry: String(entry!.id), card: expect.stringContaining('4242') } });
    const [answer] = (await listThread(db, post.id, null)).filter((reply) => reply.brand);
    expect(replyText(answer!, await translatorFor('de-DE'), 'kaufen')).toMatch(new RegExp(`^Du bist bei der Verlosung für M dabei — Teilnahme Nr\\. ${entry!.id}, mit .*4242\\. Gezogen wird, wenn die Teilnahme schließt`));
    expect(await db.select().from(orders).where(eq(orders.postId, post.id))).toHaveLength(0);
  });

  it('simultaneous requests: one person double-submitting gets one entry; two accounts racing with one card, one is in', async () => {
    const { post, draw, m } = await shop({ M: 1, L: 0 });
    const a = await entrant('4242424242424242');
    const request = { userId: a.user.id, postId: post.id, variantId: m.id, paymentMethodId: a.paymentMethodId };
    const twice = await Promise.all([enterDraw(db, t.stripe, request), enterDraw(db, t.stripe, request), enterDraw(db, t.stripe, request)]);
    expect(new Set(twice.map((entry) => entry.id)).size).toBe(1);
    const b = await entrant('5555555555554444');
    const c = await entrant('5555555555554444');
    const race = await Promise.allSettled([b, c].map((who) => enterDraw(db, t.stripe, { userId: who.user.id, postId: post.id, variantId: m.id, paymentMethodId: who.paymentMethodId })));
    expect(race.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(race.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'card_in_use' } });
    expect(await entriesOf(draw.id)).toHaveLength(2);
  });

  it('applies the rules: followers before the draw opened, verified email, account age', async () => {
    const { brand, post, draw, m } = await shop({ M: 1, L: 0 });
    await db.update(draws).set({ requireFollower: true, requireVerifiedEmail: true, minAccountAgeDays: 3, opensAt: new Date(Date.now() - 60_000) }).where(eq(draws.id, draw.id));
    const fresh = await entrant();
    const enter = (who: { user: { id: string }; paymentMethodId: string }) => enterDraw(db, t.stripe, { userId: who.user.id, postId: post.id, variantId: m.id, paymentMethodId: who.paymentMethodId });
    await expect(enter(fresh)).rejects.toMatchObject({ code: 'not_eligible', message: 'errors.draw.accountAge', params: { days: 3 } });
    await db.update(users).set({ createdAt: new Date(Date.now() - 10 * 24 * HOUR) }).where(eq(users.id, fresh.user.id));
    await expect(enter(fresh)).rejects.toMatchObject({ code: 'not_eligible', message: 'errors.draw.verifiedEmail' });
    await db.update(users).set({ emailVerified: true }).where(eq(users.id, fresh.user.id));
    await followBrand(db, fresh.user.id, brand.id);
    await expect(enter(fresh)).rejects.toMatchObject({ code: 'not_eligible', message: 'errors.draw.followersOnly' });
    const early = await entrant('5555555555554444');
    await db.update(users).set({ emailVerified: true, createdAt: new Date(Date.now() - 10 * 24 * HOUR) }).where(eq(users.id, early.user.id));
    await followBrand(db, early.user.id, brand.id);
    await db.update(follows).set({ createdAt: new Date(Date.now() - 24 * HOUR) }).where(eq(follows.followerId, early.user.id));
    expect((await enter(early)).status).toBe('entered');
  });

  it('withdraws until the close, and limits how often one person re-enters', async () => {
    const { post, draw, m } = await shop({ M: 1, L: 0 });
    const a = await entrant();
    const enter = () => enterDraw(db, t.stripe, { userId: a.user.id, postId: post.id, variantId: m.id, paymentMethodId: a.paymentMethodId });
    for (let i = 0; i < ENTRIES_PER_DRAW; i++) {
      await enter();
      await withdrawEntry(db, a.user.id, post.id);
    }
    await expect(enter()).rejects.toMatchObject({ code: 'rate_limited' });
    await expect(withdrawEntry(db, a.user.id, post.id)).rejects.toMatchObject({ code: 'not_found' });
    await closeNow(draw.id);
    await expect(withdrawEntry(db, a.user.id, post.id)).rejects.toMatchObject({ code: 'draw_closed' });
    const b = await entrant();
    await expect(enterDraw(db, t.stripe, { userId: b.user.id, postId: post.id, variantId: m.id, paymentMethodId: b.paymentMethodId })).rejects.toMatchObject({ code: 'draw_closed' });
  });
});

describe('the close', () => {
  it('ranks the entries with the committed seed: the published list recomputes to the same winners', async () => {
    const { post, draw, m } = await shop({ M: 2, L: 0 });
    // Distinct cards: one card can only be entered once.
    const cards = ['4242424242424242', '5555555555554444', '4000056655665556', '2223003122003222', '5200828282828210', '6011111111111117'];
    const entered = [];
    for (const number of cards) {
      const who = await entrant(number);
      entered.push(await enterDraw(db, t.stripe, { userId: who.user.id, postId: post.id, variantId: m.id, paymentMethodId: who.paymentMethodId }));
    }
    await closeNow(draw.id);
    await tickDraws(db, t.stripe);
    const verification = (await getDrawVerification(db, post.id))!;
    expect(verification.seed).toMatch(/^[0-9a-f]{64}$/);
    const expected = shuffleEntries(verification.seed!, entered.map((e) => e.id));
    const byRank = [...verification.entries].sort((a, b) => a.rank! - b.rank!).map((e) => e.id);
    expect(byRank).toEqual(expected);
    expect(verification.entries.filter((e) => e.outcome === 'won').map((e) => e.id).sort()).toEqual(expected.slice(0, 2).sort());
    const winnerRows = await db.select().from(drawEntries).where(and(eq(drawEntries.drawId, draw.id), eq(drawEntries.status, 'won')));
    const paid = await db.select().from(orders).where(and(eq(orders.postId, post.id), eq(orders.status, 'paid')));
    expect(paid.map((o) => o.buyerId).sort()).toEqual(winnerRows.map((e) => e.userId).sort());
    const losers = (await entriesOf(draw.id)).filter((e) => e.status === 'lost');
    expect(losers).toHaveLength(4);
    expect(await messageKeys(losers[0]!.userId)).toEqual(['draw.lost']);
    expect(await messageKeys(winnerRows[0]!.userId)).toEqual(['draw.won']);
    // Only winners were charged: the emulator holds exactly two PaymentIntents for these orders.
    const intents = await Promise.all(paid.map((o) => t.stripe.paymentIntents.retrieve(o.paymentIntentId!)));
    expect(intents.map((i) => i.status)).toEqual(['succeeded', 'succeeded']);
    const [after] = await db.select().from(draws).where(eq(draws.id, draw.id));
    expect(after!.status).toBe('finished');
  });

  it('allocates every unit exactly once under concurrent closes and retries', async () => {
    const { post, draw, m, l } = await shop({ M: 3, L: 2 }, 5);
    const numbers = ['4242424242424242', '5555555555554444', '4000056655665556', '2223003122003222', '5200828282828210', '6011111111111117', '378282246310005'];
    for (const [i, number] of numbers.entries()) {
      const who = await entrant(number);
      await enterDraw(db, t.stripe, { userId: who.user.id, postId: post.id, variantId: i % 2 ? l.id : m.id, paymentMethodId: who.paymentMethodId });
    }
    await closeNow(draw.id);
    const made = await Promise.all(Array.from({ length: 4 }, () => makeDraw(db, draw.id)));
    expect(made.filter(Boolean)).toHaveLength(1);
    await Promise.all(Array.from({ length: 5 }, () => tickDraws(db, t.stripe)));
    await tickDraws(db, t.stripe);
    const entries = await entriesOf(draw.id);
    expect(entries.filter((e) => e.status === 'won' && e.variantId === m.id)).toHaveLength(3);
    expect(entries.filter((e) => e.status === 'won' && e.variantId === l.id)).toHaveLength(2);
    const paid = await db.select().from(orders).where(eq(orders.postId, post.id));
    expect(paid).toHaveLength(5);
    expect(paid.every((o) => o.status === 'paid')).toBe(true);
    const stock = await db.select({ id: variants.id, stock: variants.stock }).from(variants).where(inArray(variants.id, [m.id, l.id]));
    expect(Object.fromEntries(stock.map((s) => [s.id, s.stock]))).toEqual({ [m.id]: 2, [l.id]: 3 });
    const charged = await t.stripe.paymentIntents.list({ limit: 100 });
    const mine = charged.data.filter((pi) => paid.some((o) => o.id === pi.metadata.order_id));
    expect(mine).toHaveLength(5);
  });
});

describe('the fallback chain', () => {
  it('a winner whose bank wants authentication has 30 minutes; unpaid, the unit goes to the next entrant; a declined card likewise', async () => {
    const { post, draw, m } = await shop({ M: 1, L: 0 });
    const cards = ['4000002760003184', '4000000000000341', '4242424242424242'];
    const people = [];
    for (const number of cards) {
      const who = await entrant(number);
      people.push({ ...who, entry: await enterDraw(db, t.stripe, { userId: who.user.id, postId: post.id, variantId: m.id, paymentMethodId: who.paymentMethodId }) });
    }
    // Choose the seed so that the shuffle puts them in exactly this order: 3-D Secure, declined, fine.
    const ids = people.map((p) => p.entry.id);
    let seed = '';
    for (let i = 0; ; i++) {
      seed = i.toString(16).padStart(64, '0');
      if (shuffleEntries(seed, ids).join() === ids.join()) break;
    }
    await db.update(draws).set({ seed }).where(eq(draws.id, draw.id));
    await closeNow(draw.id);

    await tickDraws(db, t.stripe);
    let entries = await entriesOf(draw.id);
    const status = (i: number) => entries.find((e) => e.id === ids[i])!.status;
    expect([status(0), status(1), status(2)]).toEqual(['offered', 'entered', 'entered']);
    expect(await messageKeys(people[0]!.user.id)).toEqual(['draw.pay_needed']);
    // The card keeps Stripe's code, not an English sentence: it is worded in the reader's language when read.
    const [payNeeded] = await db
      .select({ params: conversationMessages.params })
      .from(conversationMessages)
      .innerJoin(conversations, eq(conversations.id, conversationMessages.conversationId))
      .where(and(eq(conversations.buyerId, people[0]!.user.id), eq(conversationMessages.messageKey, 'draw.pay_needed')));
    expect(payNeeded!.params).toMatchObject({ code: 'authentication_required' });
    const [offer] = await db.select().from(orders).where(eq(orders.buyerId, people[0]!.user.id));
    expect((await t.stripe.paymentIntents.retrieve(offer!.paymentIntentId!)).last_payment_error?.code).toBe('authentication_required');
    expect(offer!.lastPaymentError).toBe('payments.declines.authenticationRequired');

    // 31 minutes later: nobody paid, so the unit passes to the declined card, which also gets 30 minutes.
    await tickDraws(db, t.stripe, new Date(Date.now() + 31 * 60_000));
    entries = await entriesOf(draw.id);
    expect([status(0), status(1), status(2)]).toEqual(['lapsed', 'offered', 'entered']);
    expect(await messageKeys(people[0]!.user.id)).toEqual(['draw.pay_needed', 'draw.lapsed']);
    const [lapsedOrder] = await db.select().from(orders).where(eq(orders.id, offer!.id));
    expect(lapsedOrder!.status).toBe('expired');
    expect((await t.stripe.paymentIntents.retrieve(offer!.paymentIntentId!)).status).toBe('canceled');

    await tickDraws(db, t.stripe, new Date(Date.now() + 62 * 60_000));
    entries = await entriesOf(draw.id);
    expect([status(0), status(1), status(2)]).toEqual(['lapsed', 'lapsed', 'won']);
    const paid = await db.select().from(orders).where(and(eq(orders.postId, post.id), eq(orders.status, 'paid')));
    expect(paid.map((o) => o.buyerId)).toEqual([people[2]!.user.id]);
    const [variant] = await db.select({ stock: variants.stock }).from(variants).where(eq(variants.id, m.id));
    expect(variant!.stock).toBe(9);
  });

  it('the winner who completes 3-D Secure in time gets the unit and the next entrant is told "not this time"', async () => {
    const { post, draw, m } = await shop({ M: 1, L: 0 });
    const first = await entrant('4000002760003184');
    const second = await entrant('4242424242424242');
    const a = await enterDraw(db, t.stripe, { userId: first.user.id, postId: post.id, variantId: m.id, paymentMethodId: first.paymentMethodId });
    const b = await enterDraw(db, t.stripe, { userId: second.user.id, postId: post.id, variantId: m.id, paymentMethodId: second.paymentMethodId });
    let seed = '';
    for (let i = 0; ; i++) {
      seed = `f${i.toString(16).padStart(63, '0')}`;
      if (shuffleEntries(seed, [a.id, b.id])[0] === a.id) break;
    }
    await db.update(draws).set({ seed }).where(eq(draws.id, draw.id));
    await closeNow(draw.id);
    await tickDraws(db, t.stripe);
    const payment = await payDrawWin(db, t.stripe, first.user.id, post.id);
    expect(payment.status).toBe('requires_action');
    const [order] = await db.select().from(orders).where(eq(orders.buyerId, first.user.id));
    // The challenge is for Stripe.js to show on the post page (a modal), not a redirect away from it.
    expect((await t.stripe.paymentIntents.retrieve(order!.paymentIntentId!)).next_action?.type).toBe('use_stripe_sdk');
    await fetch(`${t.emulator.url}/_emulator/intents/${order!.paymentIntentId}/authenticate`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"outcome":"complete"}' });
    await tickDraws(db, t.stripe);
    const entries = await entriesOf(draw.id);
    expect(entries.find((e) => e.id === a.id)!.status).toBe('won');
    expect(entries.find((e) => e.id === b.id)!.status).toBe('lost');
    expect(await messageKeys(second.user.id)).toEqual(['draw.lost']);
    expect(await t.stripe.paymentIntents.list({ customer: (await ensureStripeCustomer(db, t.stripe, second.user.id)) })).toMatchObject({ data: [] });
  });

  it("voids banned entrants' entries at the close", async () => {
    const { post, draw, m } = await shop({ M: 1, L: 0 });
    const banned = await entrant('4242424242424242');
    const fair = await entrant('5555555555554444');
    await enterDraw(db, t.stripe, { userId: banned.user.id, postId: post.id, variantId: m.id, paymentMethodId: banned.paymentMethodId });
    await enterDraw(db, t.stripe, { userId: fair.user.id, postId: post.id, variantId: m.id, paymentMethodId: fair.paymentMethodId });
    await db.update(users).set({ bannedAt: new Date() }).where(eq(users.id, banned.user.id));
    await closeNow(draw.id);
    await tickDraws(db, t.stripe);
    const entries = await entriesOf(draw.id);
    expect(entries.find((e) => e.userId === banned.user.id)!.status).toBe('void');
    expect(entries.find((e) => e.userId === fair.user.id)!.status).toBe('won');
  });
});
