// The one vocabulary for statuses: each order and post status has one label and one tone (its
// colour), used by badges, filters, the inbox and the CSV export alike.
import type { Order, Post } from '@/db/schema';

/** A status colour; `.status--<tone>` in app/globals.css. */
export type StatusTone = 'positive' | 'pending' | 'negative' | 'info' | 'neutral';

interface StatusWord {
  label: string;
  tone: StatusTone;
}

export const ORDER_STATUS: Record<Order['status'], StatusWord> = {
  pending_payment: { label: 'Awaiting payment', tone: 'pending' },
  authorized: { label: 'Authorised (drop)', tone: 'info' },
  paid: { label: 'Paid', tone: 'positive' },
  partially_refunded: { label: 'Partly refunded', tone: 'info' },
  refunded: { label: 'Refunded', tone: 'neutral' },
  canceled: { label: 'Canceled', tone: 'negative' },
  expired: { label: 'Expired', tone: 'negative' },
};

/** A paid order the brand has sent on its way. */
export const SHIPPED: StatusWord = { label: 'Shipped', tone: 'positive' };

export const POST_STATUS: Record<Post['status'], StatusWord> = {
  draft: { label: 'Draft', tone: 'neutral' },
  published: { label: 'Published', tone: 'positive' },
  archived: { label: 'Archived', tone: 'neutral' },
  pending_review: { label: 'Waiting for review', tone: 'pending' },
  hidden: { label: 'Hidden by an admin', tone: 'negative' },
  removed: { label: 'Removed by an admin', tone: 'negative' },
};

export const SCHEDULED: StatusWord = { label: 'Scheduled', tone: 'info' };
