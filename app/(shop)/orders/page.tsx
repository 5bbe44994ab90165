import Link from 'next/link';
import { Suspense } from 'react';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { listBuyerOrders } from '@/lib/checkout/orders';
import { formatMoneyWith } from '@/lib/i18n/format-money';
import { itemName } from '@/lib/catalog/post-title';
import { OrderStatusBadge } from '@/components/checkout/order-status-badge';
import { CardTable } from '@/components/card-table';
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
    <CardTable
      rows={orders}
      rowKey={(order) => order.id}
      columns={[
        {
          label: t('columns.item'),
          cell: (order) => (
            <>
              <Link href={`/orders/${order.id}`}>
                {itemName(order.post.title, order.itemLabel)} ×{order.quantity}
              </Link>
              <div className="muted">@{order.brand.handle}</div>
            </>
          ),
        },
        { label: t('columns.total'), cell: (order) => formatMoneyWith(format, order.amountMinor, order.currency) },
        { label: t('columns.status'), cell: (order) => <OrderStatusBadge status={order.status} /> },
      ]}
    />
  );
}
