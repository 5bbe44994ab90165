'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { refundOrder } from '@/lib/actions/studio/refund-order';
import { buttonClass } from '@/components/form/button';
import { Field } from '@/components/form/field';
import { FormMessage } from '@/components/form/form-message';
import { SubmitButton } from '@/components/form/submit-button';
import { useFormAction } from '@/components/form/use-form-action';
import { useFormatMoney } from '@/components/locale/money';
import { parseMoneyInput } from '@/lib/money';

interface RefundOrderFormProps {
  orderId: string;
  refundableMinor: number;
  currency: string;
  quantity: number;
  /** Rendered by the server once per page view: a repeated submit of this form is the same refund. */
  requestKey: string;
}

export function RefundOrderForm({ orderId, refundableMinor, currency, quantity, requestKey }: RefundOrderFormProps) {
  const { state, onSubmit, pending, fieldErrors: errors } = useFormAction(refundOrder);
  const t = useTranslations('studio.refund');
  const locale = useLocale();
  const formatMoney = useFormatMoney();
  const [restock, setRestock] = useState(false);
  const max = formatMoney(refundableMinor, currency);
  function confirmFirst(event: FormEvent<HTMLFormElement>) {
    const typed = String(new FormData(event.currentTarget).get('amount') ?? '').trim();
    // The amount as the server will read it; what it cannot read it refuses, so ask as typed.
    const minor = typed ? parseMoneyInput(typed, currency, locale) : null;
    const question = !typed ? t('confirmAll', { amount: max }) : t('confirm', { amount: minor === null ? `${typed} ${currency}` : formatMoney(minor, currency) });
    if (!window.confirm(question)) {
      event.preventDefault();
      return;
    }
    onSubmit(event);
  }
  return (
    <form onSubmit={confirmFirst} className="stack" noValidate aria-label={t('label')}>
      <FormMessage state={state} />
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="requestKey" value={requestKey} />
      <Field name="amount" label={t('amount', { currency })} inputMode="decimal" placeholder={t('amountPlaceholder', { amount: max })} error={errors.amount} hint={t('amountHint', { amount: max })} />
      <label className="row">
        <input type="checkbox" name="restock" checked={restock} onChange={(event) => setRestock(event.currentTarget.checked)} /> {t('restock')}
      </label>
      {restock && <Field name="restockUnits" label={t('restockUnits')} type="number" min={0} max={quantity} defaultValue={quantity} error={errors.restockUnits} />}
      <SubmitButton pending={pending} pendingLabel={t('refunding')} className={buttonClass({ variant: 'danger' })}>
        {t('submit')}
      </SubmitButton>
    </form>
  );
}
