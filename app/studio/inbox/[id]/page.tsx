import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { counterpartOf, openConversation, ordersInConversation, parseSeqCursor } from '@/lib/conversations/read';
import { isDomainError } from '@/lib/errors';
import { formatMoneyWith } from '@/lib/i18n/format-money';
import { ConversationThread } from '@/components/conversations/conversation-thread';
import { OrderStatusBadge } from '@/components/checkout/order-status-badge';
import { requireBrand } from '@/lib/auth/require-viewer';

export async function generateMetadata() {
  return { title: (await getTranslations('inbox'))('conversation') };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ before?: string }> };

export default async function StudioConversationPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { viewer, brand } = await requireBrand(`/studio/inbox/${id}`);
  const db = await getDb();
  const conversation = await openConversation(db, { userId: viewer.id, brandId: brand.id }, id, 'brand').catch((error: unknown) => {
    if (isDomainError(error)) notFound();
    throw error;
  });
  const [counterpart, orders, t, format] = await Promise.all([
    counterpartOf(db, conversation, 'brand'),
    ordersInConversation(db, conversation),
    getTranslations('inbox.theirOrders'),
    getFormatter(),
  ]);
  return (
    <div className="studio-thread">
      <ConversationThread
        db={db}
        conversation={conversation}
        side="brand"
        title={counterpart.title}
        basePath="/studio/inbox"
        before={parseSeqCursor((await searchParams).before)}
      />
      <aside className="card stack studio-thread__orders" aria-labelledby="buyer-orders">
        <h2 id="buyer-orders">{t('title')}</h2>
        {orders.length === 0 ? (
          <p className="muted">{t('none')}</p>
        ) : (
          <ul className="plain-list stack">
            {orders.map((order) => (
              <li key={order.id}>
                <Link href={`/studio/orders/${order.id}`}>
                  {order.itemLabel} ×{order.quantity}
                </Link>{' '}
                · {formatMoneyWith(format, order.amountMinor, order.currency)} <OrderStatusBadge status={order.status} shipped={order.fulfilledAt !== null} />
                <div className="muted">
                  {format.dateTime(order.createdAt, 'date')}
                  {order.trackingRef && ` · ${t('tracking', { reference: order.trackingRef })}`}
                </div>
              </li>
            ))}
          </ul>
        )}
      </aside>
    </div>
  );
}
