'use client';
import { cancelOrder } from '@/lib/actions/checkout/cancel-order';
import { ConfirmActionButton } from '@/components/form/confirm-action-button';

/** Gives up an order awaiting payment, after a confirmation; the units go back on sale. */
export function CancelOrderButton({ orderId }: { orderId: string }) {
  return (
    <ConfirmActionButton
      action={cancelOrder}
      input={{ orderId }}
      confirm="Cancel this order? Nothing is charged and the item goes back on sale."
      label="Cancel order"
      pendingLabel="Cancelling…"
      showSuccess
    />
  );
}
