// The one vocabulary for statuses: each order and post status has one label and one tone (its
// colour), used by badges, filters, the inbox and the CSV export alike. A label is a message key in
// the `status` area (messages/<language>/status.json), worded in the reader's language where shown.
import type { Order, Post } from '@/db/schema';

/** A status colour; `.status--<tone>` in app/globals.css. */
export type StatusTone = 'positive' | 'pending' | 'negative' | 'info' | 'neutral';

/** A status label's message key: `t(label)` on a root translator, or `translatorFor(locale)(label)`. */
export type StatusLabel = `status.order.${Order['status'] | 'shipped'}` | `status.post.${Post['status'] | 'scheduled'}`;

interface StatusWord {
  label: StatusLabel;
  tone: StatusTone;
}

export const ORDER_STATUS: Record<Order['status'], StatusWord> = {
  pending_payment: { label: 'status.order.pending_payment', tone: 'pending' },
  authorized: { label: 'status.order.authorized', tone: 'info' },
  paid: { label: 'status.order.paid', tone: 'positive' },
  partially_refunded: { label: 'status.order.partially_refunded', tone: 'info' },
  refunded: { label: 'status.order.refunded', tone: 'neutral' },
  canceled: { label: 'status.order.canceled', tone: 'negative' },
  expired: { label: 'status.order.expired', tone: 'negative' },
};

/** A paid order the brand has sent on its way. */
export const SHIPPED: StatusWord = { label: 'status.order.shipped', tone: 'positive' };

export const POST_STATUS: Record<Post['status'], StatusWord> = {
  draft: { label: 'status.post.draft', tone: 'neutral' },
  published: { label: 'status.post.published', tone: 'positive' },
  archived: { label: 'status.post.archived', tone: 'neutral' },
  pending_review: { label: 'status.post.pending_review', tone: 'pending' },
  hidden: { label: 'status.post.hidden', tone: 'negative' },
  removed: { label: 'status.post.removed', tone: 'negative' },
};

export const SCHEDULED: StatusWord = { label: 'status.post.scheduled', tone: 'info' };
