'use client';
// The payment step (Stripe's React components, Payment and Address Elements) is fetched when a buyer
// gets to it, not with every feed or post page: it is most of the checkout's code and most readers
// never buy. Every sheet that takes a payment uses this one.
import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';

export const PaymentStep = dynamic(() => import('./payment-step').then((module) => module.PaymentStep), {
  ssr: false,
  loading: () => <LoadingPayment />,
});

function LoadingPayment() {
  const t = useTranslations('checkout.payment');
  return (
    <p className="muted" role="status">
      {t('loading')}
    </p>
  );
}
