import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { getViewer } from '@/lib/auth/viewer';
import { listBrandPosts } from '@/lib/catalog/posts';
import { itemName } from '@/lib/catalog/post-title';
import { ORDER_STATUS } from '@/lib/vocabulary/statuses';
import { truncateWords } from '@/lib/text/truncate';
import { formatMoney } from '@/lib/money';
import { ORDER_STATUSES } from '@/lib/orders/lifecycle';
import { listStudioOrders } from '@/lib/studio/order-list';
import { filtersToQuery, parseOrderFilters } from '@/lib/studio/order-filters';
import { OrderStatusBadge } from '@/components/checkout/order-status-badge';
import { FilterSelect } from '@/components/form/filter-select';

export const metadata = { title: 'Orders' };

type Query = Record<string, string | string[] | undefined>;

export default async function StudioOrdersPage({ searchParams }: { searchParams: Promise<Query> }) {
  const viewer = await getViewer();
  if (!viewer) redirect('/sign-in?next=/studio/orders');
  if (!viewer.brand) redirect('/studio');
  const filters = parseOrderFilters(await searchParams);
  const db = await getDb();
  const [orders, posts] = await Promise.all([listStudioOrders(db, viewer.brand.id, filters), listBrandPosts(db, viewer.brand.id)]);
  const query = filtersToQuery(filters);
  const filtered = query.length > 0;
  return (
    <div className="stack">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h1 className="page-title">Orders</h1>
        <a className="button button--ghost" href={`/studio/orders/export${query ? `?${query}` : ''}`} download>
          Export CSV
        </a>
      </div>
      <form className="studio-filters card" method="get" role="search" aria-label="Filter orders">
        <div className="field">
          <label htmlFor="q">Search</label>
          <input id="q" name="q" type="search" defaultValue={filters.q} placeholder="Buyer, email, item, SKU or order id" />
        </div>
        <FilterSelect id="status" name="status" label="Status" anyLabel="Any" value={filters.status} options={ORDER_STATUSES.map((status) => ({ value: status, label: ORDER_STATUS[status].label }))} />
        <FilterSelect id="post" name="post" label="Post" anyLabel="Any" value={filters.postId} options={posts.map((post) => ({ value: post.id, label: truncateWords(post.title, 40) }))} />
        <div className="field">
          <label htmlFor="from">From</label>
          <input id="from" name="from" type="date" defaultValue={filters.from} />
        </div>
        <div className="field">
          <label htmlFor="to">To</label>
          <input id="to" name="to" type="date" defaultValue={filters.to} />
        </div>
        <div className="row">
          <button className="button button--small" type="submit">
            Filter
          </button>
          {filtered && (
            <Link className="button button--ghost button--small" href="/studio/orders">
              Clear
            </Link>
          )}
        </div>
      </form>
      {orders.length === 0 ? (
        <p className="empty card">{filtered ? 'No orders match these filters.' : 'No orders yet. They appear here as soon as a follower checks out.'}</p>
      ) : (
        <div className="table-scroll">
          <table className="table table--cards">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Buyer</th>
                <th scope="col">Item</th>
                <th scope="col">Total</th>
                <th scope="col">Status</th>
                <th scope="col">Fulfilment</th>
              </tr>
            </thead>
            <tbody>
              {orders.map((order) => (
                <tr key={order.id}>
                  <td data-label="Date">
                    <Link href={`/studio/orders/${order.id}`}>{order.createdAt.toISOString().slice(0, 16).replace('T', ' ')}</Link>
                  </td>
                  <td data-label="Buyer">{order.buyerName}</td>
                  <td data-label="Item">
                    {itemName(order.postTitle, order.itemLabel)} ×{order.quantity}
                  </td>
                  <td data-label="Total" className="price">{formatMoney(order.amountMinor, order.currency)}</td>
                  <td data-label="Status">
                    <OrderStatusBadge status={order.status} />
                  </td>
                  <td data-label="Fulfilment">{order.fulfilledAt ? `Shipped · ${order.trackingRef}` : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
