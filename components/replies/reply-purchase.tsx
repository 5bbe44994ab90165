'use client';
// Under the replier's own buying reply: confirm with the saved card in one tap, or complete the
// payment, with the time left on the reservation; then the outcome.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/form/button';
import type { StripeBrowserConfig } from '@/lib/payments/stripe-config';
import type { CheckoutSession } from '@/lib/checkout/start-checkout';
import type { ReplyPurchase as Purchase } from '@/lib/replies/thread';
import { confirmReplyPurchase } from '@/lib/actions/replies/confirm-reply-purchase';
import { refreshOrderPayment } from '@/lib/actions/checkout/refresh-order-payment';
import { stripeForBrowser } from '@/components/checkout/stripe-for-browser';
import { useFormatMoney } from '@/components/locale/money';
import { useStripeErrorMessage } from '@/components/payments/use-stripe-error-message';
import { Countdown } from './countdown';

interface Props {
  purchase: Purchase;
  stripeConfig: StripeBrowserConfig;
  onChanged: () => Promise<void>;
  onCheckout: (session: CheckoutSession) => void;
}

function asSession(purchase: Purchase): CheckoutSession | null {
  if (!purchase.clientSecret) return null;
  const { orderId, clientSecret, amountMinor, currency, itemLabel, quantity, expiresAt } = purchase;
  return { orderId, clientSecret, amountMinor, currency, itemLabel, quantity, expiresAt };
}

export function ReplyPurchase({ purchase, stripeConfig, onChanged, onCheckout }: Props) {
  const t = useTranslations('replies.purchase');
  const money = useFormatMoney();
  const stripeError = useStripeErrorMessage();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const item = t('item', { label: purchase.itemLabel, quantity: purchase.quantity, amount: money(purchase.amountMinor, purchase.currency) });

  async function confirm() {
    setBusy(true);
    setError(null);
    const result = await confirmReplyPurchase(null, { orderId: purchase.orderId });
    if (!result.ok) setError(result.message);
    else if (result.data.status === 'failed') setError(stripeError.fromKey(result.data.decline));
    else if (result.data.status === 'requires_action') {
      // The bank wants the buyer: Stripe.js shows the authentication step, then the server asks Stripe.
      const stripe = await stripeForBrowser(stripeConfig);
      const next = await stripe?.handleNextAction({ clientSecret: result.data.clientSecret });
      if (next?.error) setError(stripeError.fromError(next.error, t('authFailed')));
      else await refreshOrderPayment(null, { orderId: purchase.orderId });
    }
    await onChanged();
    setBusy(false);
  }

  if (purchase.status === 'paid') {
    return (
      <p className="purchase purchase--paid" role="status">
        <span>{t.rich('paid', { item, inbox: (chunks) => <a href="/inbox">{chunks}</a> })}</span>
      </p>
    );
  }
  if (purchase.status !== 'pending_payment') {
    return <p className="purchase purchase--ended">{t('lapsed', { item })}</p>;
  }
  const session = asSession(purchase);
  return (
    <div className="purchase" role="group" aria-label={t('group')}>
      {purchase.savedCard ? (
        <>
          <span>{t('confirmWith', { item, card: purchase.savedCard })}</span>
          <Button type="button" small onClick={confirm} disabled={busy}>
            {busy && <span className="spinner" aria-hidden />}
            {busy ? t('paying') : t('confirm')}
          </Button>
        </>
      ) : (
        <>
          <span>{t('waiting', { item })}</span>
          {session && (
            <Button type="button" small onClick={() => onCheckout(session)}>
              {t('complete')}
            </Button>
          )}
        </>
      )}
      <Countdown until={purchase.expiresAt} />
      {error && (
        <p className="field-error" role="alert">
          {error}
          {session && (
            <>
              {' '}
              <button type="button" className="link-button" onClick={() => onCheckout(session)}>
                {t('anotherCard')}
              </button>
            </>
          )}
        </p>
      )}
    </div>
  );
}
