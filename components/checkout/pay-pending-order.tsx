'use client';
// On an order page: pay an order that is still reserved (e.g. a waitlist offer) in the same sheet.
import { useRouter } from 'next/navigation';
import { useMemo, useState } from 'react';
import type { CheckoutSession } from '@/lib/checkout/start-checkout';
import type { StripeBrowserConfig } from '@/lib/payments/stripe-config';
import { useFormatMoney } from '@/components/locale/locale-provider';
import { PaymentStep } from './lazy-payment-step';
import { Sheet } from './sheet';
import { stripeForBrowser } from './stripe-for-browser';

export function PayPendingOrder({ session, stripe: config }: { session: CheckoutSession; stripe: StripeBrowserConfig }) {
  const money = useFormatMoney();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const stripe = useMemo(() => (open ? stripeForBrowser(config) : null), [open, config]);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Pay {money(session.amountMinor, session.currency)}
      </button>
      <Sheet open={open} onClose={() => setOpen(false)} labelledBy="pay-order-title">
        <div className="sheet__head">
          <h2 id="pay-order-title">Pay for {session.itemLabel} ×{session.quantity}</h2>
          <button type="button" className="button button--ghost button--small" onClick={() => setOpen(false)} aria-label="Close">
            ✕
          </button>
        </div>
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
