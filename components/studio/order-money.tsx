import type { Order } from '@/db/schema';
import { formatMoney } from '@/lib/money';

/** Amount, the platform's fee and the brand's share, as facts in an order's <dl>. */
export function OrderMoneyFacts({ order }: { order: Pick<Order, 'amountMinor' | 'platformFeeMinor' | 'refundedMinor' | 'currency'> }) {
  return (
    <>
      <dt>Amount</dt>
      <dd>{formatMoney(order.amountMinor, order.currency)}</dd>
      <dt>Platform fee</dt>
      <dd>{formatMoney(order.platformFeeMinor, order.currency)}</dd>
      <dt>Your share</dt>
      <dd>{formatMoney(order.amountMinor - order.platformFeeMinor, order.currency)}</dd>
      {order.refundedMinor > 0 && (
        <>
          <dt>Refunded</dt>
          <dd>{formatMoney(order.refundedMinor, order.currency)}</dd>
        </>
      )}
    </>
  );
}
