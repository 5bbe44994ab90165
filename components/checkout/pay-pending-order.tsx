'use client';
// On an order page: pay an order that is still reserved (e.g. a waitlist offer) in the same sheet.
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import type { CheckoutSession } from '@/lib/checkout/start-checkout';
import type { StripeBrowserConfig } from '@/lib/payments/stripe-config';
import { useFormatMoney } from '@/components/locale/money';
import { Button } from '@/components/form/button';
import { PaymentStep } from './lazy-payment-step';
import { Sheet } from './sheet';
import { stripeForBrowser } from './stripe-for-browser';

export function PayPendingOrder({ session, stripe: config }: { session: CheckoutSession; stripe: StripeBrowserConfig }) {
  const t = useTranslations('checkout');
  const money = useFormatMoney();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const stripe = useMemo(() => (open ? stripeForBrowser(config) : null), [open, config]);
  return (
    <>
      <Button type="button" onClick={() => setOpen(true)}>
        {t('payment.pay', { amount: money(session.amountMinor, session.currency) })}
      </Button>
      <Sheet open={open} onClose={() => setOpen(false)} title={t('pending.title', { item: session.itemLabel, quantity: session.quantity })}>
        {stripe && (
          <PaymentStep
            stripe={stripe}
            session={session}
            offerSaveCard
            onPaid={() => {
              setOpen(false);
              router.refresh();
            }}
          />
        )}
      </Sheet>
    </>
  );
}
