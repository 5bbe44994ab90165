'use client';
import { useTranslations } from 'next-intl';
import { fulfilOrder } from '@/lib/actions/studio/fulfil-order';
import { Field } from '@/components/form/field';
import { FormMessage } from '@/components/form/form-message';
import { SubmitButton } from '@/components/form/submit-button';
import { useFormAction } from '@/components/form/use-form-action';

export function FulfilOrderForm({ orderId }: { orderId: string }) {
  const t = useTranslations('studio.fulfil');
  const { state, onSubmit, pending, fieldErrors: errors } = useFormAction(fulfilOrder);
  return (
    <form onSubmit={onSubmit} className="stack" noValidate aria-label={t('submit')}>
      <FormMessage state={state} />
      <input type="hidden" name="orderId" value={orderId} />
      <Field name="trackingRef" label={t('tracking')} required maxLength={100} placeholder={t('trackingPlaceholder')} error={errors.trackingRef} />
      <SubmitButton pending={pending} pendingLabel={t('saving')}>
        {t('submit')}
      </SubmitButton>
    </form>
  );
}
