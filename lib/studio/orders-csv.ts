// The studio's CSV export of a brand's (filtered) orders.
import 'server-only';
import type { DbOrTx } from '@/db/open';
import { currencyExponent } from '@/lib/money';
import { itemName } from '@/lib/catalog/post-title';
import { ORDER_STATUS, SHIPPED } from '@/lib/vocabulary/statuses';
import { brandShareOf, listStudioOrders, type OrderFilters } from './order-list';

function csvCell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  // Quote everything and neutralise spreadsheet formulas (a buyer chooses their own name).
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The filtered orders as CSV, amounts in major units with their currency so a spreadsheet sums them right. */
export async function exportOrdersCsv(db: DbOrTx, brandId: string, filters: OrderFilters = {}): Promise<string> {
  const list = await listStudioOrders(db, brandId, filters, 10_000);
  const major = (minor: number, currency: string) => (minor / 10 ** currencyExponent(currency)).toFixed(currencyExponent(currency));
  const header = ['order_id', 'created_at', 'status', 'status_label', 'buyer_name', 'buyer_email', 'item', 'sku', 'quantity', 'currency', 'amount', 'platform_fee', 'brand_share', 'refunded', 'fulfilled_at', 'tracking', 'ship_to'];
  const lines = list.map((order) =>
    [
      order.id,
      order.createdAt.toISOString(),
      order.status,
      order.fulfilledAt && order.status === 'paid' ? SHIPPED.label : ORDER_STATUS[order.status].label,
      order.buyerName,
      order.buyerEmail,
      itemName(order.postTitle, order.itemLabel),
      order.sku,
      order.quantity,
      order.currency,
      major(order.amountMinor, order.currency),
      major(order.platformFeeMinor, order.currency),
      major(brandShareOf(order), order.currency),
      major(order.refundedMinor, order.currency),
      order.fulfilledAt?.toISOString() ?? null,
      order.trackingRef,
      order.shipping ? [order.shipping.name, order.shipping.line1, order.shipping.line2, order.shipping.postalCode, order.shipping.city, order.shipping.country].filter(Boolean).join(', ') : null,
    ]
      .map(csvCell)
      .join(','),
  );
  return [header.join(','), ...lines].join('\r\n') + '\r\n';
}
