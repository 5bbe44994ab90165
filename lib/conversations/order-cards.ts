// Order news as cards in the buyer–brand conversation, and notices in a person's Hashcart one.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/open';
import { posts, type Order } from '@/db/schema';
import type { MessageKey, MessageParams, Side } from './catalog';
import { appendMessage, brandConversation, systemConversation } from './store';

type OrderFacts = Pick<Order, 'id' | 'buyerId' | 'brandId' | 'postId' | 'itemLabel' | 'quantity' | 'amountMinor' | 'currency'>;

/** A card names the post by its first line, as the feed does. */
function titleOf(body: string): string {
  const line = body.split('\n')[0]!.trim();
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}

/** `unreadFor`: the sides that should be told; the side whose action caused the card already knows. */
export async function postOrderCard(db: DbOrTx, order: OrderFacts, key: MessageKey, extra: MessageParams = {}, unreadFor: Side[] = ['buyer']): Promise<void> {
  const conversation = await brandConversation(db, order.buyerId, order.brandId);
  const [post] = await db.select({ body: posts.body }).from(posts).where(eq(posts.id, order.postId));
  const params: MessageParams = { orderId: order.id, postId: order.postId, title: titleOf(post?.body ?? ''), item: order.itemLabel, quantity: order.quantity, amountMinor: order.amountMinor, currency: order.currency, ...extra };
  await appendMessage(db, conversation, { sender: 'system', key, params, orderId: order.id, unreadFor });
}

export async function sendNotice(db: DbOrTx, userId: string, key: MessageKey, params: MessageParams): Promise<void> {
  const conversation = await systemConversation(db, userId);
  await appendMessage(db, conversation, { sender: 'system', key, params, audience: 'buyer', unreadFor: ['buyer'] });
}
