'use client';
// Keeps an order page current while its payment is settling (e.g. after a redirect-based method).
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { refreshOrderPayment } from '@/lib/actions/checkout/refresh-order-payment';

export function LiveOrderStatus({ orderId }: { orderId: string }) {
  const router = useRouter();
  useEffect(() => {
    let stopped = false;
    async function poll() {
      while (!stopped) {
        const result = await refreshOrderPayment(null, { orderId });
        if (result.ok && result.data.status !== 'pending_payment') {
          router.refresh();
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 2000));
      }
    }
    void poll();
    return () => {
      stopped = true;
    };
  }, [orderId, router]);
  return (
    <p className="muted" role="status">
      <span className="spinner" aria-hidden /> Waiting for the payment to complete…
    </p>
  );
}
