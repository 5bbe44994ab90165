'use client';
// While a payment settles (e.g. after a redirect-based method): asks the server once to check with
// Stripe, then waits for the order's live update; it asks again only if the live stream was down.
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useCallback, useEffect } from 'react';
import { refreshOrderPayment } from '@/lib/actions/checkout/refresh-order-payment';
import { useLive } from '@/components/live/live-provider';

export function LiveOrderStatus({ orderId }: { orderId: string }) {
  const t = useTranslations('checkout.payment');
  const router = useRouter();
  const check = useCallback(async () => {
    const result = await refreshOrderPayment(null, { orderId });
    if (result.ok && result.data.status !== 'pending_payment') router.refresh();
  }, [orderId, router]);
  useEffect(() => {
    void check();
  }, [check]);
  useLive(`order:${orderId}`, (event) => {
    if (event.type === 'order' && event.status !== 'pending_payment') router.refresh();
    if (event.type === 'resync') void check();
  });
  return (
    <p className="muted" role="status">
      <span className="spinner" aria-hidden /> {t('waiting')}
    </p>
  );
}
