'use client';
import { fulfilOrder } from '@/lib/actions/studio/fulfil-order';
import { Field } from '@/components/form/field';
import { FormMessage } from '@/components/form/form-message';
import { SubmitButton } from '@/components/form/submit-button';
import { useFormAction } from '@/components/form/use-form-action';

export function FulfilOrderForm({ orderId }: { orderId: string }) {
  const { state, onSubmit, pending, fieldErrors: errors } = useFormAction(fulfilOrder);
  return (
    <form onSubmit={onSubmit} className="stack" noValidate aria-label="Mark fulfilled">
      <FormMessage state={state} />
      <input type="hidden" name="orderId" value={orderId} />
      <Field name="trackingRef" label="Tracking reference" required maxLength={100} placeholder="e.g. DHL 00340434161234567890" error={errors.trackingRef} />
      <SubmitButton pending={pending} pendingLabel="Saving…">
        Mark fulfilled
      </SubmitButton>
    </form>
  );
}
