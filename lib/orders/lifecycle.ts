// The order lifecycle, written once: every named transition and the statuses it may start from.
// lib/orders/transitions.ts applies them as conditional UPDATEs (nothing else writes
// orders.status); lifecycle.test.ts walks every status × every transition against Postgres.
import type { Order } from '@/db/schema';

export type OrderStatus = Order['status'];

/** Every order status, in the order the studio's filter lists them. */
export const ORDER_STATUSES = ['pending_payment', 'authorized', 'paid', 'partially_refunded', 'refunded', 'canceled', 'expired'] as const satisfies readonly OrderStatus[];

interface Transition {
  from: readonly OrderStatus[];
  /** null: the status stays (the transition records something beside it). */
  to: OrderStatus | null;
}

export const ORDER_TRANSITIONS = {
  /** A new order holding its units: an INSERT, so from no status at all. */
  reserve: { from: [], to: 'pending_payment' },
  /** A drop's card authorised (manual capture): the units stay held until the drop is decided. */
  authorise: { from: ['pending_payment'], to: 'authorized' },
  /** Stripe took the money for units still reserved (or held for a drop and now captured). */
  pay: { from: ['pending_payment', 'authorized'], to: 'paid' },
  /** Paid after the reservation was released, and the units could be taken again. */
  payLate: { from: ['expired', 'canceled'], to: 'paid' },
  /** Paid after the reservation was released, with no units left: the money goes back. */
  refundLate: { from: ['expired', 'canceled'], to: 'refunded' },
  /** A payment attempt failed: the order stays payable, with the reason recorded. */
  fail: { from: ['pending_payment'], to: 'pending_payment' },
  /** The reservation ran out: its units go back. */
  expire: { from: ['pending_payment'], to: 'expired' },
  /** Walked away, replaced by a newer checkout, taken down, or its drop failed: units go back. */
  cancel: { from: ['pending_payment', 'authorized'], to: 'canceled' },
  /** Part of the money returned. */
  refundPart: { from: ['paid', 'partially_refunded'], to: 'partially_refunded' },
  /** All of the money returned (a refunded order may be told so again). */
  refundAll: { from: ['paid', 'partially_refunded', 'refunded'], to: 'refunded' },
  /** Shipped with its tracking reference, recorded beside the status. */
  fulfil: { from: ['paid', 'partially_refunded'], to: null },
} as const satisfies Record<string, Transition>;

export type OrderTransition = keyof typeof ORDER_TRANSITIONS;

export function canMove(status: OrderStatus, transition: OrderTransition): boolean {
  return (ORDER_TRANSITIONS[transition].from as readonly OrderStatus[]).includes(status);
}
