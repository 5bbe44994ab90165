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

/** `shipped`: a paid order the brand has sent on its way reads "Shipped". */
export function OrderStatusBadge({ status, shipped = false }: { status: Order['status']; shipped?: boolean }) {
  if (shipped && status === 'paid') return <span className="status status--shipped">Shipped</span>;
  return <span className={`status status--${status}`}>{LABELS[status]}</span>;
}
