// The one vocabulary for statuses: each order and post status has one tone (its colour) and one
// label, used by badges, filters, the inbox and the CSV export alike. The label is the message key
// `status.order.<status>` / `status.post.<status>` in the `status` area
// (messages/<language>/status.json), worded in the reader's language where shown.
import type { Order, Post } from '@/db/schema';

/** A status colour; `.status--<tone>` in app/globals.css. */
export type StatusTone = 'positive' | 'pending' | 'negative' | 'info' | 'neutral';

/** An order's status as shown: `shipped` is a paid order the brand has sent on its way. */
export type OrderStatusWord = Order['status'] | 'shipped';
/** A post's status as shown: `scheduled` is a published post whose time has not come yet. */
export type PostStatusWord = Post['status'] | 'scheduled';

/** A status label's message key: `t(label)` on a root translator, or `translatorFor(locale)(label)`. */
export type StatusLabel = `status.order.${OrderStatusWord}` | `status.post.${PostStatusWord}`;

export interface StatusWord {
  label: StatusLabel;
  tone: StatusTone;
}

const ORDER_TONES: Record<OrderStatusWord, StatusTone> = {
  pending_payment: 'pending',
  authorized: 'info',
  paid: 'positive',
  shipped: 'positive',
  partially_refunded: 'info',
  refunded: 'neutral',
  canceled: 'negative',
  expired: 'negative',
};

const POST_TONES: Record<PostStatusWord, StatusTone> = {
  draft: 'neutral',
  scheduled: 'info',
  published: 'positive',
  archived: 'neutral',
  pending_review: 'pending',
  hidden: 'negative',
};

/** An order status's word; a paid order that has `shipped` reads "Shipped". */
export function orderStatusWord(status: Order['status'], shipped = false): StatusWord {
  const word: OrderStatusWord = shipped && status === 'paid' ? 'shipped' : status;
  return { label: `status.order.${word}`, tone: ORDER_TONES[word] };
}

export function postStatusWord(status: PostStatusWord): StatusWord {
  return { label: `status.post.${status}`, tone: POST_TONES[status] };
}
