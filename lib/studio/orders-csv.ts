// The studio's CSV export of a brand's (filtered) orders.
import 'server-only';
import type { DbOrTx } from '@/db/open';
import type { SayMessage } from '@/lib/i18n/say';
import { currencyExponent } from '@/lib/money';
import { itemName } from '@/lib/catalog/post-title';
import { orderStatusWord } from '@/lib/vocabulary/statuses';
import { brandShareOf, listStudioOrders, type OrderFilters } from './order-list';

function csvCell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  // Quote everything and neutralise spreadsheet formulas (a buyer chooses their own name).
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The header row, one message key per column (studio.csv.*), in the order the rows are written. */
const COLUMNS = [
  'studio.csv.orderId',
  'studio.csv.createdAt',
  'studio.csv.status',
  'studio.csv.statusLabel',
  'studio.csv.buyerName',
  'studio.csv.buyerEmail',
  'studio.csv.item',
  'studio.csv.sku',
  'studio.csv.quantity',
  'studio.csv.currency',
  'studio.csv.amount',
  'studio.csv.platformFee',
  'studio.csv.brandShare',
  'studio.csv.refunded',
  'studio.csv.fulfilledAt',
  'studio.csv.tracking',
  'studio.csv.shipTo',
] as const;

/**
 * The filtered orders as CSV for the brand who downloads it: the header and the status label in
 * their language (`say`). The machine columns stay as they are in every language: ids, the status
 * code, ISO 8601 UTC times and amounts in major units with a decimal point next to their currency
 * code. A spreadsheet or an accounting import then reads the same file the same way wherever it is
 * opened (a decimal comma would also collide with the comma between cells), and a script can
 * match rows against Stripe's.
 */
export async function exportOrdersCsv(db: DbOrTx, brandId: string, say: SayMessage, filters: OrderFilters = {}): Promise<string> {
  const list = await listStudioOrders(db, brandId, filters, 10_000);
  const major = (minor: number, currency: string) => (minor / 10 ** currencyExponent(currency)).toFixed(currencyExponent(currency));
  const header = COLUMNS.map((column) => csvCell(say(column))).join(',');
  const lines = list.map((order) =>
    [
      order.id,
      order.createdAt.toISOString(),
      order.status,
      say(orderStatusWord(order.status, Boolean(order.fulfilledAt)).label),
      order.buyer.name,
      order.buyer.email,
      itemName(order.post.title, order.itemLabel),
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
  return [header, ...lines].join('\r\n') + '\r\n';
}
