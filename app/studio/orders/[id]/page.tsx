import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { isUuid } from '@/lib/validation/ids';
import { getDb } from '@/db/client';
import { isDomainError } from '@/lib/errors';
import { getStudioOrder } from '@/lib/studio/order-list';
import { itemName } from '@/lib/catalog/post-title';
import { OrderStatusBadge } from '@/components/checkout/order-status-badge';
import { FulfilOrderForm } from '@/components/studio/fulfil-order-form';
import { OrderMoneyFacts } from '@/components/studio/order-money';
import { RefundOrderForm } from '@/components/studio/refund-order-form';
import { requireBrand } from '@/lib/auth/require-viewer';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('studio.order');
  return { title: t('title') };
}

export default async function StudioOrderPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { viewer, brand } = await requireBrand(`/studio/orders/${id}`);
  if (!isUuid(id)) notFound();
  const order = await getStudioOrder(await getDb(), brand.id, id).catch((error: unknown) => {
    if (isDomainError(error)) notFound();
    throw error;
  });
  const [format, t] = await Promise.all([getFormatter(), getTranslations('studio.order')]);
  const refundable = order.amountMinor - order.refundedMinor;
  const settled = order.status === 'paid' || order.status === 'partially_refunded';
  return (
    <div className="page-narrow stack">
      <p>
        <Link href="/studio/orders">{t('back')}</Link>
      </p>
      <section className="card stack">
        <h1 className="page-title">
          {itemName(order.post.title, order.itemLabel)} ×{order.quantity}
        </h1>
        <dl className="order-facts">
          <dt>{t('facts.status')}</dt>
          <dd>
            <OrderStatusBadge status={order.status} />
          </dd>
          <dt>{t('facts.buyer')}</dt>
          <dd>
            {order.buyer.name} · {order.buyer.email}
          </dd>
          <dt>{t('facts.post')}</dt>
          <dd>
            <Link href={`/p/${order.postId}`}>{order.post.title}</Link>
          </dd>
          <dt>{t('facts.variant')}</dt>
          <dd>{order.sku ? t('facts.variantWithSku', { label: order.itemLabel, sku: order.sku }) : order.itemLabel}</dd>
          <OrderMoneyFacts order={order} />
          {order.paymentMethodSummary && (
            <>
              <dt>{t('facts.paidWith')}</dt>
              <dd>{order.paymentMethodSummary}</dd>
            </>
          )}
          <dt>{t('facts.shipTo')}</dt>
          <dd>
            {order.shipping ? (
              <address>
                {order.shipping.name}
                <br />
                {order.shipping.line1}
                {order.shipping.line2 && (
                  <>
                    <br />
                    {order.shipping.line2}
                  </>
                )}
                <br />
                {order.shipping.postalCode} {order.shipping.city}, {order.shipping.country}
              </address>
            ) : (
              t('facts.noAddress')
            )}
          </dd>
          <dt>{t('facts.ordered')}</dt>
          <dd>{format.dateTime(order.createdAt, 'dateTime')}</dd>
          {order.fulfilledAt && (
            <>
              <dt>{t('facts.fulfilled')}</dt>
              <dd>{t('facts.fulfilledValue', { date: format.dateTime(order.fulfilledAt, 'date'), tracking: order.trackingRef ?? '' })}</dd>
            </>
          )}
        </dl>
      </section>
      {settled && !order.fulfilledAt && (
        <section className="card stack">
          <h2>{t('fulfil')}</h2>
          <FulfilOrderForm orderId={order.id} />
        </section>
      )}
      {settled && refundable > 0 && (
        <section className="card stack">
          <h2>{t('refund')}</h2>
          <RefundOrderForm orderId={order.id} refundableMinor={refundable} currency={order.currency} quantity={order.quantity} requestKey={crypto.randomUUID()} />
        </section>
      )}
      {order.status === 'authorized' && <p className="muted card">{t('authorisedNote')}</p>}
    </div>
  );
}
