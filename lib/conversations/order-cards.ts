// Order news as cards in the buyer–brand conversation, and notices in a person's Hashcart one.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/open';
import { posts, type Order } from '@/db/schema';
import type { MessageKey, MessageParams, Side } from './catalog';
import { appendMessage, brandConversation, systemConversation } from './store';

type OrderFacts = Pick<Order, 'id' | 'buyerId' | 'brandId' | 'postId' | 'itemLabel' | 'quantity' | 'amountMinor' | 'currency'>;

/** `unreadFor`: the sides that should be told; the side whose action caused the card already knows. */
export async function postOrderCard(db: DbOrTx, order: OrderFacts, key: MessageKey, extra: MessageParams = {}, unreadFor: Side[] = ['buyer']): Promise<void> {
  const conversation = await brandConversation(db, order.buyerId, order.brandId);
  // A card names the post by its title, as the feed does (at most 80 characters, never cut).
  const [post] = await db.select({ title: posts.title }).from(posts).where(eq(posts.id, order.postId));
  const params: MessageParams = { orderId: order.id, postId: order.postId, title: post?.title ?? '', item: order.itemLabel, quantity: order.quantity, amountMinor: order.amountMinor, currency: order.currency, ...extra };
  await appendMessage(db, conversation, { sender: 'system', key, params, orderId: order.id, unreadFor });
}

export async function sendNotice(db: DbOrTx, userId: string, key: MessageKey, params: MessageParams): Promise<void> {
  const conversation = await systemConversation(db, userId);
  await appendMessage(db, conversation, { sender: 'system', key, params, audience: 'buyer', unreadFor: ['buyer'] });
}
