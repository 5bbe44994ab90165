import type { Order } from '@/db/schema';
import { ORDER_STATUS, SHIPPED } from '@/lib/vocabulary/statuses';
import { StatusBadge } from '@/components/status-badge';

/** `shipped`: a paid order the brand has sent on its way reads "Shipped". */
export function OrderStatusBadge({ status, shipped = false }: { status: Order['status']; shipped?: boolean }) {
  return <StatusBadge {...(shipped && status === 'paid' ? SHIPPED : ORDER_STATUS[status])} />;
}
