'use client';
// Saves a card through the SetupIntent whose client secret the surrounding <Elements> holds; any
// 3-D Secure challenge happens here, so the card can later be charged without the buyer present.
import { PaymentElement, useElements, useStripe } from '@stripe/react-stripe-js';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { buttonClass } from '@/components/form/button';
import { useThirdPartyLayer } from '@/components/checkout/third-party-layer';
import { useStripeErrorMessage } from './use-stripe-error-message';

interface Props {
  /** Where the bank's page returns to when a challenge has to leave the page. */
  returnUrl: () => string;
  onSaved: (paymentMethodId: string) => void;
  buttonClassName?: string;
}

export function SaveCardForm({ returnUrl, onSaved, buttonClassName = buttonClass() }: Props) {
  const t = useTranslations('settings.saveCard');
  const stripe = useStripe();
  const elements = useElements();
  const letThirdPartyLayer = useThirdPartyLayer();
  const stripeError = useStripeErrorMessage();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function save(event: FormEvent) {
    event.preventDefault();
    if (!stripe || !elements) return;
    setBusy(true);
    setError(null);
    const submitted = await elements.submit();
    const result = submitted.error
      ? submitted
      : await letThirdPartyLayer(() => stripe.confirmSetup({ elements, redirect: 'if_required', confirmParams: { return_url: returnUrl() } }));
    setBusy(false);
    if (result.error) return setError(stripeError.fromError(result.error, t('failed')));
    const method = 'setupIntent' in result ? result.setupIntent?.payment_method : null;
    if (typeof method === 'string') onSaved(method);
    else if (method && typeof method === 'object') onSaved(method.id);
    else setError(t('failed'));
  }
  return (
    <form onSubmit={save} className="stack" aria-label={t('form')}>
      <PaymentElement />
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className={buttonClassName} disabled={busy || !stripe}>
        {busy ? t('saving') : t('save')}
      </button>
    </form>
  );
}
