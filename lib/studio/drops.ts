// Drops: "at least N orders by <date>", charged only if the drop succeeds. Drop orders are
// authorised (manual capture); reaching the goal captures every authorisation, a deadline missed
// cancels them all. Each step is idempotent, so a webhook, a refresh and several sweeping
// instances can all run it.
import 'server-only';
import type Stripe from 'stripe';
import { and, count, eq, inArray, isNotNull, isNull, lte } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/open';
import { orders, posts, type Post } from '@/db/schema';
import { postOrderCard } from '@/lib/conversations/order-cards';
import { settleCapturedIntent } from '@/lib/checkout/settle-paid';
import { cancelOrder } from '@/lib/orders/stock-transitions';

/** Orders that count toward a drop's goal. */
const COUNTED_STATUSES = ['authorized', 'paid', 'partially_refunded'] as const;

export interface DropProgress {
  goal: number;
  orders: number;
  endsAt: Date;
  outcome: Post['dropOutcome'];
}

async function countDropOrders(db: DbOrTx, postId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(orders)
    .where(and(eq(orders.postId, postId), inArray(orders.status, [...COUNTED_STATUSES])));
  return row?.n ?? 0;
}

export async function getDropProgress(db: DbOrTx, post: Pick<Post, 'id' | 'dropGoal' | 'dropEndsAt' | 'dropOutcome'>): Promise<DropProgress | null> {
  if (!post.dropGoal || !post.dropEndsAt) return null;
  return { goal: post.dropGoal, orders: await countDropOrders(db, post.id), endsAt: post.dropEndsAt, outcome: post.dropOutcome };
}

/** Decides a drop once; only the caller whose update wins gets true. */
async function decideDrop(db: DbOrTx, postId: string, outcome: 'succeeded' | 'failed'): Promise<boolean> {
  const decided = await db
    .update(posts)
    .set({ dropOutcome: outcome, updatedAt: new Date() })
    .where(and(eq(posts.id, postId), isNull(posts.dropOutcome)))
    .returning({ id: posts.id });
  return decided.length > 0;
}

/** Captures (drop succeeded) or cancels (drop failed) every authorisation still open on a decided drop. */
export async function finishDropOrders(db: Db, stripe: Stripe, postId: string): Promise<{ captured: number; canceled: number }> {
  const [post] = await db.select().from(posts).where(eq(posts.id, postId));
  const result = { captured: 0, canceled: 0 };
  if (!post?.dropOutcome) return result;
  const open = await db.select().from(orders).where(and(eq(orders.postId, postId), eq(orders.status, 'authorized')));
  for (const order of open) {
    if (!order.paymentIntentId) continue;
    try {
      if (post.dropOutcome === 'succeeded') {
        const intent = await stripe.paymentIntents.capture(order.paymentIntentId, {}, { idempotencyKey: `order-${order.id}-drop-capture` });
        if ((await settleCapturedIntent(db, stripe, intent)) === 'paid') result.captured++;
      } else {
        await stripe.paymentIntents.cancel(order.paymentIntentId, {}, { idempotencyKey: `order-${order.id}-drop-cancel` });
        if (await cancelOrder(db, order.id)) {
          result.canceled++;
          await postOrderCard(db, order, 'order.drop_released', { goal: post.dropGoal }, ['buyer', 'brand']);
        }
      }
    } catch (error) {
      // Left authorised: the next sweep tries this order again.
      console.error('drop: could not finish an order', { orderId: order.id, outcome: post.dropOutcome, error });
    }
  }
  return result;
}

/** After a drop order is authorised: capture at once if the drop is already won, else see whether this order won it. */
export async function afterDropAuthorization(db: Db, stripe: Stripe, postId: string): Promise<void> {
  const [post] = await db.select().from(posts).where(eq(posts.id, postId));
  if (!post?.dropGoal) return;
  if (!post.dropOutcome) {
    if ((await countDropOrders(db, postId)) < post.dropGoal) return;
    await decideDrop(db, postId, 'succeeded');
  }
  await finishDropOrders(db, stripe, postId);
}

/** The drop sweep: decides drops whose deadline passed, and retries captures/cancels left open. */
export async function sweepDrops(db: Db, stripe: Stripe, now = new Date(), batch = 20): Promise<{ decided: number }> {
  const due = await db
    .select({ id: posts.id, goal: posts.dropGoal })
    .from(posts)
    .where(and(isNotNull(posts.dropGoal), isNull(posts.dropOutcome), lte(posts.dropEndsAt, now)))
    .limit(batch);
  let decided = 0;
  for (const post of due) {
    const reached = (await countDropOrders(db, post.id)) >= (post.goal ?? 1);
    if (await decideDrop(db, post.id, reached ? 'succeeded' : 'failed')) decided++;
    await finishDropOrders(db, stripe, post.id);
  }
  const leftovers = await db
    .selectDistinct({ id: orders.postId })
    .from(orders)
    .innerJoin(posts, eq(posts.id, orders.postId))
    .where(and(eq(orders.status, 'authorized'), isNotNull(posts.dropOutcome)))
    .limit(batch);
  for (const post of leftovers) await finishDropOrders(db, stripe, post.id);
  return { decided };
}
