'use client';
import { useState, type FormEvent } from 'react';
import { refundOrder } from '@/lib/actions/studio/refund-order';
import { Field } from '@/components/form/field';
import { FormMessage } from '@/components/form/form-message';
import { SubmitButton } from '@/components/form/submit-button';
import { useFormAction } from '@/components/form/use-form-action';
import { formatMoney } from '@/lib/money';

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
  const [restock, setRestock] = useState(false);
  const max = formatMoney(refundableMinor, currency);
  function confirmFirst(event: FormEvent<HTMLFormElement>) {
    const amount = new FormData(event.currentTarget).get('amount');
    if (!window.confirm(`Refund ${amount ? `${amount} ${currency}` : `${max} (everything left)`} to the buyer? This cannot be undone.`)) {
      event.preventDefault();
      return;
    }
    onSubmit(event);
  }
  return (
    <form onSubmit={confirmFirst} className="stack" noValidate aria-label="Refund">
      <FormMessage state={state} />
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="requestKey" value={requestKey} />
      <Field name="amount" label={`Amount (${currency})`} inputMode="decimal" placeholder={`Leave empty to refund ${max}`} error={errors.amount} hint={`Up to ${max}.`} />
      <label className="row">
        <input type="checkbox" name="restock" checked={restock} onChange={(event) => setRestock(event.currentTarget.checked)} /> Put units back in stock
      </label>
      {restock && <Field name="restockUnits" label="Units to restock" type="number" min={0} max={quantity} defaultValue={quantity} error={errors.restockUnits} />}
      <SubmitButton pending={pending} pendingLabel="Refunding…" className="button button--danger">
        Refund
      </SubmitButton>
    </form>
  );
}
