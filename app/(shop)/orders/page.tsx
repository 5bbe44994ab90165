import Link from 'next/link';
import { Suspense } from 'react';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { listBuyerOrders } from '@/lib/checkout/orders';
import { formatMoneyWith } from '@/lib/i18n/format-money';
import { itemName } from '@/lib/catalog/post-title';
import { OrderStatusBadge } from '@/components/checkout/order-status-badge';
import { RowsSkeleton } from '@/components/layout/skeletons';
import { requireViewer } from '@/lib/auth/require-viewer';

export async function generateMetadata() {
  return { title: (await getTranslations('orders'))('title') };
}

export default async function OrdersPage() {
  const viewer = await requireViewer('/orders');
  const t = await getTranslations('orders');
  // Signed in is settled before anything streams (a redirect stays a redirect); the list streams in.
  return (
    <div className="page-narrow">
      <h1 className="page-title">{t('title')}</h1>
      <Suspense fallback={<RowsSkeleton />}>
        <BuyerOrders buyerId={viewer.id} />
      </Suspense>
    </div>
  );
}

async function BuyerOrders({ buyerId }: { buyerId: string }) {
  const [orders, t, format] = await Promise.all([listBuyerOrders(await getDb(), buyerId), getTranslations('orders'), getFormatter()]);
  return orders.length === 0 ? (
    <p className="empty card">
      {t.rich('empty', { link: (chunks) => <Link href="/">{chunks}</Link> })}
    </p>
  ) : (
    <table className="table table--cards">
      <thead>
        <tr>
          <th scope="col">{t('columns.item')}</th>
          <th scope="col">{t('columns.total')}</th>
          <th scope="col">{t('columns.status')}</th>
        </tr>
      </thead>
      <tbody>
        {orders.map((order) => (
          <tr key={order.id}>
            <td data-label={t('columns.item')}>
              <Link href={`/orders/${order.id}`}>
                {itemName(order.post.title, order.itemLabel)} ×{order.quantity}
              </Link>
              <div className="muted">@{order.brand.handle}</div>
            </td>
            <td data-label={t('columns.total')}>{formatMoneyWith(format, order.amountMinor, order.currency)}</td>
            <td data-label={t('columns.status')}>
              <OrderStatusBadge status={order.status} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
