'use client';
// "Message" on a brand page, "Ask about this order" on an order: opens the conversation with the brand.
import { messageBrand } from '@/lib/actions/conversations/message-brand';
import { FormMessage } from '@/components/form/form-message';
import { SubmitButton } from '@/components/form/submit-button';
import { useFormAction } from '@/components/form/use-form-action';

export function MessageBrandButton({ brandId, orderId, label = 'Message' }: { brandId: string; orderId?: string; label?: string }) {
  const { state, onSubmit, pending } = useFormAction(messageBrand);
  return (
    <form onSubmit={onSubmit} className="inline-form">
      <input type="hidden" name="brandId" value={brandId} />
      {orderId && <input type="hidden" name="orderId" value={orderId} />}
      <SubmitButton pending={pending} pendingLabel="Opening…" className="button button--ghost button--small">
        {label}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
