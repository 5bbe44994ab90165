import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { isUuid } from '@/lib/validation/ids';
import { getDb } from '@/db/client';
import { getOrderForViewer } from '@/lib/checkout/orders';
import { isDomainError } from '@/lib/errors';
import { formatMoneyWith } from '@/lib/i18n/format-money';
import { sayWith } from '@/lib/i18n/say';
import { itemName } from '@/lib/catalog/post-title';
import { OrderStatusBadge } from '@/components/checkout/order-status-badge';
import { LiveOrderStatus } from '@/components/checkout/live-order-status';
import { OrderMoneyFacts } from '@/components/studio/order-money';
import { PayPendingOrder } from '@/components/checkout/pay-pending-order';
import { CancelOrderButton } from '@/components/checkout/cancel-order-button';
import { Countdown } from '@/components/replies/countdown';
import { stripeBrowserConfig } from '@/lib/payments/stripe-config';
import { LiveRefresh } from '@/components/live/live-refresh';
import { MessageBrandButton } from '@/components/conversations/message-brand-button';
import { requireViewer } from '@/lib/auth/require-viewer';

export async function generateMetadata() {
  return { title: (await getTranslations('orders.order'))('title') };
}

export default async function OrderPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireViewer(`/orders/${id}`);
  if (!isUuid(id)) notFound();
  const order = await getOrderForViewer(await getDb(), viewer, id).catch((error: unknown) => {
    if (isDomainError(error)) notFound();
    throw error;
  });
  const [t, format, say] = await Promise.all([getTranslations('orders.order'), getFormatter(), getTranslations().then(sayWith)]);
  return (
    <div className="page-narrow card stack">
      <h1 className="page-title">
        {t.rich('heading', { handle: order.brand.handle, link: (chunks) => <Link href={`/@${order.brand.handle}`}>{chunks}</Link> })}
      </h1>
      <dl className="order-facts">
        <dt>{t('item')}</dt>
        <dd>
          <Link href={`/p/${order.postId}`}>{itemName(order.post.title, order.itemLabel)}</Link> ×{order.quantity}
        </dd>
        {/* The brand sees its share after the platform fee; the buyer sees what they pay. */}
        {order.brandId === viewer.brand?.id ? (
          <OrderMoneyFacts order={order} />
        ) : (
          <>
            <dt>{t('total')}</dt>
            <dd>{formatMoneyWith(format, order.amountMinor, order.currency)}</dd>
            {order.refundedMinor > 0 && (
              <>
                <dt>{t('refunded')}</dt>
                <dd>{formatMoneyWith(format, order.refundedMinor, order.currency)}</dd>
              </>
            )}
          </>
        )}
        {order.trackingRef && (
          <>
            <dt>{t('tracking')}</dt>
            <dd>{order.trackingRef}</dd>
          </>
        )}
        <dt>{t('status')}</dt>
        <dd>
          <OrderStatusBadge status={order.status} shipped={order.fulfilledAt !== null} />
        </dd>
        {order.paymentMethodSummary && (
          <>
            <dt>{t('paidWith')}</dt>
            <dd>{order.paymentMethodSummary}</dd>
          </>
        )}
      </dl>
      {order.status === 'pending_payment' && order.buyerId === viewer.id && order.clientSecret && (
        <div className="row">
          <PayPendingOrder
            stripe={stripeBrowserConfig()}
            session={{
              orderId: order.id,
              clientSecret: order.clientSecret,
              amountMinor: order.amountMinor,
              currency: order.currency,
              itemLabel: order.itemLabel,
              quantity: order.quantity,
              expiresAt: order.expiresAt.toISOString(),
            }}
          />
          <Countdown until={order.expiresAt.toISOString()} />
          <CancelOrderButton orderId={order.id} />
        </div>
      )}
      {order.status === 'pending_payment' && <LiveOrderStatus orderId={order.id} />}
      {order.buyerId === viewer.id && <MessageBrandButton brandId={order.brandId} orderId={order.id} label={t('askAbout')} />}
      {/* Status, shipping and refunds arrive live: the page re-renders when the order changes. */}
      <LiveRefresh topic={`order:${order.id}`} on={['order']} />
      {order.lastPaymentError && order.status === 'pending_payment' && <p className="form-error">{t('lastAttempt', { error: say(order.lastPaymentError) })}</p>}
    </div>
  );
}
