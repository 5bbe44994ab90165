import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { isUuid } from '@/lib/validation/ids';
import { getDb } from '@/db/client';
import { getViewer } from '@/lib/auth/viewer';
import { isDomainError } from '@/lib/errors';
import { getStudioOrder } from '@/lib/studio/order-list';
import { itemName } from '@/lib/catalog/post-title';
import { OrderStatusBadge } from '@/components/checkout/order-status-badge';
import { FulfilOrderForm } from '@/components/studio/fulfil-order-form';
import { OrderMoneyFacts } from '@/components/studio/order-money';
import { RefundOrderForm } from '@/components/studio/refund-order-form';

export const metadata = { title: 'Order' };

export default async function StudioOrderPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await getViewer();
  if (!viewer) redirect(`/sign-in?next=/studio/orders/${id}`);
  if (!viewer.brand) redirect('/studio');
  if (!isUuid(id)) notFound();
  const order = await getStudioOrder(await getDb(), viewer.brand.id, id).catch((error: unknown) => {
    if (isDomainError(error)) notFound();
    throw error;
  });
  const refundable = order.amountMinor - order.refundedMinor;
  const settled = order.status === 'paid' || order.status === 'partially_refunded';
  return (
    <div className="page-narrow stack">
      <p>
        <Link href="/studio/orders">← Orders</Link>
      </p>
      <section className="card stack">
        <h1 className="page-title">
          {itemName(order.postTitle, order.itemLabel)} ×{order.quantity}
        </h1>
        <dl className="order-facts">
          <dt>Status</dt>
          <dd>
            <OrderStatusBadge status={order.status} />
          </dd>
          <dt>Buyer</dt>
          <dd>
            {order.buyerName} · {order.buyerEmail}
          </dd>
          <dt>Post</dt>
          <dd>
            <Link href={`/p/${order.postId}`}>{order.postTitle}</Link>
          </dd>
          <dt>Variant</dt>
          <dd>
            {order.itemLabel}
            {order.sku && ` · SKU ${order.sku}`}
          </dd>
          <OrderMoneyFacts order={order} />
          {order.paymentMethodSummary && (
            <>
              <dt>Paid with</dt>
              <dd>{order.paymentMethodSummary}</dd>
            </>
          )}
          <dt>Ship to</dt>
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
              'No address yet'
            )}
          </dd>
          <dt>Ordered</dt>
          <dd>{order.createdAt.toISOString().slice(0, 16).replace('T', ' ')} UTC</dd>
          {order.fulfilledAt && (
            <>
              <dt>Fulfilled</dt>
              <dd>
                {order.fulfilledAt.toISOString().slice(0, 10)} · tracking {order.trackingRef}
              </dd>
            </>
          )}
        </dl>
      </section>
      {settled && !order.fulfilledAt && (
        <section className="card stack">
          <h2>Fulfil</h2>
          <FulfilOrderForm orderId={order.id} />
        </section>
      )}
      {settled && refundable > 0 && (
        <section className="card stack">
          <h2>Refund</h2>
          <RefundOrderForm orderId={order.id} refundableMinor={refundable} currency={order.currency} quantity={order.quantity} requestKey={crypto.randomUUID()} />
        </section>
      )}
      {order.status === 'authorized' && <p className="muted card">The card is authorised; it is charged when the drop reaches its goal, and released if it does not.</p>}
    </div>
  );
}
