import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { getViewer } from '@/lib/auth/viewer';
import { listBuyerOrders } from '@/lib/checkout/orders';
import { formatMoney } from '@/lib/money';
import { itemName } from '@/lib/catalog/post-title';
import { OrderStatusBadge } from '@/components/checkout/order-status-badge';

export const metadata = { title: 'Your orders' };

export default async function OrdersPage() {
  const viewer = await getViewer();
  if (!viewer) redirect('/sign-in?next=/orders');
  const orders = await listBuyerOrders(await getDb(), viewer.id);
  return (
    <div className="page-narrow">
      <h1 className="page-title">Your orders</h1>
      {orders.length === 0 ? (
        <p className="empty card">
          No orders yet. <Link href="/">Find something you like</Link>
        </p>
      ) : (
        <table className="table table--cards">
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Total</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {orders.map((order) => (
              <tr key={order.id}>
                <td data-label="Item">
                  <Link href={`/orders/${order.id}`}>
                    {itemName(order.post.title, order.itemLabel)} ×{order.quantity}
                  </Link>
                  <div className="muted">@{order.brand.handle}</div>
                </td>
                <td data-label="Total">{formatMoney(order.amountMinor, order.currency)}</td>
                <td data-label="Status">
                  <OrderStatusBadge status={order.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
