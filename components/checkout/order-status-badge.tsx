import type { Order } from '@/db/schema';
import { orderStatusWord } from '@/lib/vocabulary/statuses';
import { StatusBadge } from '@/components/status-badge';

/** `shipped`: a paid order the brand has sent on its way reads "Shipped". */
export function OrderStatusBadge({ status, shipped = false }: { status: Order['status']; shipped?: boolean }) {
  return <StatusBadge {...orderStatusWord(status, shipped)} />;
}
