'use client';
// "Message" on a brand page, "Ask about this order" on an order: opens the conversation with the brand.
import { useTranslations } from 'next-intl';
import { messageBrand } from '@/lib/actions/conversations/message-brand';
import { FormMessage } from '@/components/form/form-message';
import { SubmitButton } from '@/components/form/submit-button';
import { useFormAction } from '@/components/form/use-form-action';

export function MessageBrandButton({ brandId, orderId, label }: { brandId: string; orderId?: string; label?: string }) {
  const t = useTranslations('inbox.messageBrand');
  const { state, onSubmit, pending } = useFormAction(messageBrand);
  return (
    <form onSubmit={onSubmit} className="inline-form">
      <input type="hidden" name="brandId" value={brandId} />
      {orderId && <input type="hidden" name="orderId" value={orderId} />}
      <SubmitButton pending={pending} pendingLabel={t('opening')} className="button button--ghost button--small">
        {label ?? t('message')}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
