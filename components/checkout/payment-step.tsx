'use client';
// The Payment Element (and shipping address) for one order. Confirms with Stripe.js, then asks
// the server, which asks Stripe, whether the order is paid.
import { AddressElement, PaymentElement, useElements, useStripe } from '@stripe/react-stripe-js';
import { LocalizedElements } from '@/components/payments/localized-elements';
import { useStripeErrorMessage } from '@/components/payments/use-stripe-error-message';
import type { Stripe } from '@stripe/stripe-js';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/form/button';
import { useRef, useState, type FormEvent } from 'react';
import { refreshOrderPayment } from '@/lib/actions/checkout/refresh-order-payment';
import { saveCardForOrder } from '@/lib/actions/checkout/save-card-for-order';
import { useFormatMoney } from '@/components/locale/money';
import { useLive } from '@/components/live/live-provider';
import type { CheckoutSession } from '@/lib/checkout/start-checkout';
import { useThirdPartyLayer } from './third-party-layer';

/** `authorized`: a drop order whose card is held, charged only if the drop reaches its goal. */
export type PaidOrder = { orderId: string; paymentMethodSummary: string | null; authorized?: boolean };

interface PaymentStepProps {
  stripe: Promise<Stripe | null>;
  session: CheckoutSession;
  onPaid: (order: PaidOrder) => void;
  /** Show the consent box for keeping the card for one-tap reply buying. */
  offerSaveCard?: boolean;
}

// The order's live update normally ends the wait; this slow re-check only covers a missed one.
const SLOW_CHECK_MS = 5000;
const GIVE_UP_MS = 60_000;

function PaymentForm({ session, onPaid, offerSaveCard = false }: Omit<PaymentStepProps, 'stripe'>) {
  const t = useTranslations('checkout.payment');
  const money = useFormatMoney();
  const stripe = useStripe();
  const elements = useElements();
  const letThirdPartyLayer = useThirdPartyLayer();
  const stripeError = useStripeErrorMessage();
  const [status, setStatus] = useState<'idle' | 'paying' | 'confirming'>('idle');
  const [error, setError] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  const [saveCard, setSaveCard] = useState(false);
  const orderChanged = useRef<(() => void) | null>(null);
  useLive(`order:${session.orderId}`, (event) => {
    if (event.type === 'order' || event.type === 'resync') orderChanged.current?.();
  });

  async function settle(): Promise<boolean> {
    // The server asks Stripe (the webhook may not have landed yet); after that, the order's live
    // update wakes us when the webhook settles it.
    const giveUpAt = Date.now() + GIVE_UP_MS;
    while (Date.now() < giveUpAt) {
      const result = await refreshOrderPayment(null, { orderId: session.orderId });
      if (result.ok && (result.data.status === 'paid' || result.data.status === 'authorized')) {
        onPaid({ orderId: session.orderId, paymentMethodSummary: result.data.paymentMethodSummary, authorized: result.data.status === 'authorized' });
        return true;
      }
      if (result.ok && result.data.status !== 'pending_payment') {
        setError(t('ended'));
        return false;
      }
      await new Promise<void>((resolve) => {
        orderChanged.current = resolve;
        setTimeout(resolve, SLOW_CHECK_MS);
      });
    }
    setError(t('stillProcessing'));
    return false;
  }

  async function pay(event: FormEvent) {
    event.preventDefault();
    if (!stripe || !elements) return;
    setError(null);
    setStatus('paying');
    const submitted = await elements.submit();
    if (submitted.error) {
      setError(submitted.error.message ?? t('checkDetails'));
      setStatus('idle');
      return;
    }
    if (offerSaveCard) {
      const consent = await saveCardForOrder(null, { orderId: session.orderId, save: saveCard });
      if (!consent.ok) {
        setError(consent.message);
        setStatus('idle');
        return;
      }
    }
    const { error: confirmError } = await letThirdPartyLayer(() =>
      stripe.confirmPayment({
        elements,
        redirect: 'if_required',
        confirmParams: { return_url: `${window.location.origin}/orders/${session.orderId}` },
      }),
    );
    if (confirmError) {
      setError(stripeError.fromError(confirmError, t('failed')));
      setStatus('idle');
      return;
    }
    setStatus('confirming');
    if (!(await settle())) setStatus('idle');
  }

  const busy = status !== 'idle';
  return (
    <form onSubmit={pay} className="stack" aria-busy={busy}>
      <PaymentElement onReady={() => setReady(true)} />
      <AddressElement options={{ mode: 'shipping' }} />
      {offerSaveCard && (
        <label className="row consent">
          <input type="checkbox" checked={saveCard} onChange={(event) => setSaveCard(event.target.checked)} />
          {t('saveCard')}
        </label>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <Button type="submit" disabled={!stripe || !ready || busy}>
        {busy && <span className="spinner" aria-hidden />}
        {status === 'paying' ? t('paying') : status === 'confirming' ? t('confirming') : t('pay', { amount: money(session.amountMinor, session.currency) })}
      </Button>
      {!ready && <p className="muted">{t('loadingForm')}</p>}
    </form>
  );
}

export function PaymentStep({ stripe, session, onPaid, offerSaveCard }: PaymentStepProps) {
  return (
    <LocalizedElements stripe={stripe} options={{ clientSecret: session.clientSecret, appearance: { theme: 'stripe' } }}>
      <PaymentForm session={session} onPaid={onPaid} offerSaveCard={offerSaveCard} />
    </LocalizedElements>
  );
}
