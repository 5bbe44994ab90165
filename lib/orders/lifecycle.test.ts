// Every order status × every transition, against Postgres: an allowed transition moves the order
// (and its stock, where it should); any other changes nothing and reports so.
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/open';
import { orders, variants, type Order } from '@/db/schema';
import { testDb } from '@/test/database';
import { makeBrand, makePost, makeUser } from '@/test/factories';
import { reserveOrder } from '@/lib/checkout/reserve';
import { canMove, ORDER_STATUSES, ORDER_TRANSITIONS, type OrderStatus, type OrderTransition } from './lifecycle';
import { openOrder } from './open';
import { cancelOrder, expireOrder, payReleasedOrder } from './stock-transitions';
import { authoriseOrder, markOrderFulfilled, payOrder, recordPaymentFailure, recordRefundedTotal } from './transitions';

let db: Db;
let brandId: string;
let postId: string;

const AMOUNT = 2500;
const QUANTITY = 2;
const STOCK = 10;
const payment = { paymentMethodSummary: 'Visa •••• 4242', shipping: null };

beforeAll(async () => {
  db = await testDb();
  const brand = await makeBrand(db);
  brandId = brand.id;
  postId = (await makePost(db, brand.id)).id;
});

/** An order already in `status`, on a variant of its own with `stock` units left. */
async function orderIn(status: OrderStatus, stock = STOCK): Promise<Order> {
  const buyer = await makeUser(db);
  const [variant] = await db.insert(variants).values({ postId, label: 'M', priceMinor: AMOUNT / QUANTITY, currency: 'EUR', stock }).returning();
  const [order] = await db
    .insert(orders)
    .values({
      buyerId: buyer.id,
      brandId,
      postId,
      variantId: variant!.id,
      itemLabel: 'M',
      quantity: QUANTITY,
      unitPriceMinor: AMOUNT / QUANTITY,
      amountMinor: AMOUNT,
      currency: 'EUR',
      status,
      expiresAt: new Date(Date.now() + 60_000),
    })
    .returning();
  return order!;
}

const stockOf = async (order: Order) => (await db.select({ stock: variants.stock }).from(variants).where(eq(variants.id, order.variantId)))[0]!.stock;
const reread = async (order: Order) => (await db.select().from(orders).where(eq(orders.id, order.id)))[0]!;

type Applied = { moved: boolean };

/** Each transition through the function callers use; `moved` is what that function reports. */
const APPLY: Record<Exclude<OrderTransition, 'reserve'>, { stock?: number; run: (order: Order) => Promise<Applied> }> = {
  authorise: { run: async (o) => ({ moved: (await authoriseOrder(db, o.id, payment)) !== null }) },
  pay: { run: async (o) => ({ moved: (await payOrder(db, o.id, payment)) !== null }) },
  payLate: { run: async (o) => ({ moved: (await payReleasedOrder(db, o, payment)) === 'paid' }) },
  // No units left to take again: the late payment is refunded.
  refundLate: { stock: 0, run: async (o) => ({ moved: (await payReleasedOrder(db, o, payment)) === 'refunded' }) },
  fail: { run: async (o) => ({ moved: (await recordPaymentFailure(db, o.id, 'Your card was declined.')) !== null }) },
  expire: { run: async (o) => ({ moved: await expireOrder(db, o.id) }) },
  cancel: { run: async (o) => ({ moved: await cancelOrder(db, o.id) }) },
  refundPart: { run: async (o) => ({ moved: (await recordRefundedTotal(db, o.id, AMOUNT / 2)) !== null }) },
  refundAll: { run: async (o) => ({ moved: (await recordRefundedTotal(db, o.id, AMOUNT)) !== null }) },
  fulfil: { run: async (o) => ({ moved: (await markOrderFulfilled(db, brandId, o.id, 'TRACK-1')) !== null }) },
};

/** How the variant's stock moves when the transition happens. */
const STOCK_CHANGE: Partial<Record<OrderTransition, number>> = { expire: QUANTITY, cancel: QUANTITY, payLate: -QUANTITY };

describe('the order lifecycle', () => {
  it('names every transition of the table, and a new order starts as the reserve transition says', async () => {
    expect(Object.keys(APPLY).sort()).toEqual(Object.keys(ORDER_TRANSITIONS).filter((name) => name !== 'reserve').sort());
    const buyer = await makeUser(db);
    const [variant] = await db.select().from(variants).where(eq(variants.postId, postId)).limit(1);
    const { order } = await reserveOrder(db, { buyerId: buyer.id, postId, variantId: variant!.id, quantity: 1 });
    expect(order.status).toBe(ORDER_TRANSITIONS.reserve.to);
    expect(ORDER_TRANSITIONS.reserve.from).toEqual([]);
  });

  it('allows exactly these moves (x), so a change to the table is a deliberate one', () => {
    const columns = ['authorise', 'pay', 'payLate', 'refundLate', 'fail', 'expire', 'cancel', 'refundPart', 'refundAll', 'fulfil'] as const;
    const expected = `
      pending_payment     x x . . x x x . . .
      authorized          . x . . . . x . . .
      paid                . . . . . . . x x x
      partially_refunded  . . . . . . . x x x
      refunded            . . . . . . . . x .
      canceled            . . x x . . . . . .
      expired             . . x x . . . . . .`;
    const actual = ORDER_STATUSES.map((status) => `${status.padEnd(20)}${columns.map((name) => (canMove(status, name) ? 'x' : '.')).join(' ')}`);
    expect(actual).toEqual(expected.trim().split('\n').map((line) => line.trim()));
  });

  for (const status of ORDER_STATUSES) {
    for (const [name, { stock = STOCK, run }] of Object.entries(APPLY) as [Exclude<OrderTransition, 'reserve'>, (typeof APPLY)[keyof typeof APPLY]][]) {
      const allowed = canMove(status, name);
      it(`${name} from ${status}: ${allowed ? 'moves' : 'changes nothing'}`, async () => {
        const order = await orderIn(status, stock);
        const before = await reread(order);
        const { moved } = await run(order);
        const after = await reread(order);
        expect(moved).toBe(allowed);
        if (!allowed) {
          expect(after).toEqual(before);
          expect(await stockOf(order)).toBe(stock);
          return;
        }
        expect(after.status).toBe(ORDER_TRANSITIONS[name].to ?? status);
        expect(await stockOf(order)).toBe(stock + (STOCK_CHANGE[name] ?? 0));
        if (name === 'fulfil') expect(after.trackingRef).toBe('TRACK-1');
        if (name === 'fail') expect(after.lastPaymentError).toBe('Your card was declined.');
        if (name === 'refundPart' || name === 'refundAll') expect(after.refundedMinor).toBe(name === 'refundAll' ? AMOUNT : AMOUNT / 2);
        if (name === 'pay' || name === 'payLate' || name === 'refundLate') expect(after.paidAt).not.toBeNull();
      });
    }
  }

  it('reserve opens an order only with its units: all or nothing', async () => {
    const buyer = await makeUser(db);
    const [variant] = await db.insert(variants).values({ postId, label: 'S', priceMinor: 900, currency: 'EUR', stock: 3 }).returning();
    const order = { buyerId: buyer.id, brandId, postId, variantId: variant!.id, itemLabel: 'S', unitPriceMinor: 900, currency: 'EUR', expiresAt: new Date(Date.now() + 60_000) };
    const opened = await openOrder(db, { ...order, quantity: 2, amountMinor: 1800 });
    expect(opened).toMatchObject({ status: ORDER_TRANSITIONS.reserve.to, quantity: 2, amountMinor: 1800, source: 'button', refundedMinor: 0 });
    expect(await openOrder(db, { ...order, quantity: 2, amountMinor: 1800 })).toBeNull();
    expect(await db.select().from(orders).where(eq(orders.variantId, variant!.id))).toHaveLength(1);
    expect((await db.select().from(variants).where(eq(variants.id, variant!.id)))[0]!.stock).toBe(1);
  });

  it('fulfils an order once, and only for the brand that sold it', async () => {
    const order = await orderIn('paid');
    expect(await markOrderFulfilled(db, (await makeBrand(db, undefined, { payouts: false })).id, order.id, 'X')).toBeNull();
    expect(await markOrderFulfilled(db, brandId, order.id, 'FIRST')).not.toBeNull();
    expect(await markOrderFulfilled(db, brandId, order.id, 'SECOND')).toBeNull();
    expect((await reread(order)).trackingRef).toBe('FIRST');
  });

  it('gives units back once when two releases race', async () => {
    const order = await orderIn('pending_payment');
    const results = await Promise.all([expireOrder(db, order.id), cancelOrder(db, order.id), cancelOrder(db, order.id)]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await stockOf(order)).toBe(STOCK + QUANTITY);
  });
});
