// A post's reply thread as a reader sees it: who spoke (a person, or the brand answering a buying
// reply), the "bought" badge, and — only on the reader's own replies — their purchase's state.
import 'server-only';
import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import type { DbOrTx } from '@/db/open';
import { brands, orders, replies, users, type Order } from '@/db/schema';
import type { BrandAnswerParams } from './brand-answer';

export interface ReplyPurchase {
  orderId: string;
  status: Order['status'];
  itemLabel: string;
  quantity: number;
  amountMinor: number;
  currency: string;
  expiresAt: string;
  /** "Visa •••4242" when the purchase waits for a one-tap confirmation with a saved card. */
  savedCard: string | null;
  clientSecret: string | null;
}

export interface ReplyView {
  id: string;
  /** What a person wrote; null on the brand's automatic answers, which come as `answer`. */
  body: string | null;
  /** The brand's automatic answer as a message key and params, worded in the reader's language. */
  answer: { key: string; params: BrandAnswerParams } | null;
  createdAt: string;
  authorName: string;
  brand: { handle: string; name: string; avatarUrl: string | null } | null;
  bought: boolean;
  /** Written by the reader (not the brand answering for itself). */
  own: boolean;
  purchase: ReplyPurchase | null;
}

export async function listThread(db: DbOrTx, postId: string, viewerId: string | null, after?: Date | null): Promise<ReplyView[]> {
  const rows = await db
    .select({ reply: replies, authorName: users.name, hideBadges: users.hideBuyBadges, brand: brands })
    .from(replies)
    .innerJoin(users, eq(users.id, replies.authorId))
    .leftJoin(brands, eq(brands.id, replies.asBrandId))
    .where(and(eq(replies.postId, postId), after ? gt(replies.createdAt, after) : undefined))
    .orderBy(asc(replies.createdAt), asc(replies.id))
    .limit(200);
  const ids = rows.map((row) => row.reply.id);
  const purchases = ids.length ? await db.select().from(orders).where(inArray(orders.replyId, ids)) : [];
  return rows.map(({ reply, authorName, hideBadges, brand }) => {
    const own = viewerId !== null && reply.authorId === viewerId && !reply.asBrandId;
    const order = purchases.filter((p) => p.replyId === reply.id).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
    const paid = purchases.some((p) => p.replyId === reply.id && p.status === 'paid');
    return {
      id: reply.id,
      body: reply.body,
      answer: reply.messageKey ? { key: reply.messageKey, params: reply.messageParams ?? {} } : null,
      createdAt: reply.createdAt.toISOString(),
      authorName: brand ? brand.name : authorName,
      brand: brand ? { handle: brand.handle, name: brand.name, avatarUrl: brand.avatarUrl } : null,
      bought: paid && !hideBadges,
      own,
      purchase:
        own && order
          ? {
              orderId: order.id,
              status: order.status,
              itemLabel: order.itemLabel,
              quantity: order.quantity,
              amountMinor: order.amountMinor,
              currency: order.currency,
              expiresAt: order.expiresAt.toISOString(),
              savedCard: order.status === 'pending_payment' ? order.paymentMethodSummary : null,
              clientSecret: order.status === 'pending_payment' ? order.clientSecret : null,
            }
          : null,
    };
  });
}
