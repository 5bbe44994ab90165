'use client';
import { useTranslations } from 'next-intl';
import { cancelOrder } from '@/lib/actions/checkout/cancel-order';
import { ConfirmActionButton } from '@/components/form/confirm-action-button';

/** Gives up an order awaiting payment, after a confirmation; the units go back on sale. */
export function CancelOrderButton({ orderId }: { orderId: string }) {
  const t = useTranslations('checkout.cancel');
  return (
    <ConfirmActionButton
      action={cancelOrder}
      input={{ orderId }}
      confirm={t('confirm')}
      label={t('label')}
      pendingLabel={t('pending')}
      showSuccess
    />
  );
}
