import type { Order } from '@/db/schema';

const LABELS: Record<Order['status'], string> = {
  pending_payment: 'Awaiting payment',
  paid: 'Paid',
  expired: 'Expired',
  canceled: 'Canceled',
  refunded: 'Refunded',
  authorized: 'Authorised (drop)',
  partially_refunded: 'Partly refunded',
};

export function OrderStatusBadge({ status }: { status: Order['status'] }) {
  return <span className={`status status--${status}`}>{LABELS[status]}</span>;
}
