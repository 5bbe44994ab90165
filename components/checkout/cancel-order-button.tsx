'use client';
import { startTransition, useActionState } from 'react';
import { cancelOrder } from '@/lib/actions/checkout/cancel-order';

/** Gives up an order awaiting payment, after a confirmation; the units go back on sale. */
export function CancelOrderButton({ orderId }: { orderId: string }) {
  const [state, dispatch, pending] = useActionState(cancelOrder, null);
  return (
    <>
      <button
        type="button"
        className="button button--ghost button--small"
        disabled={pending}
        onClick={() => {
          if (window.confirm('Cancel this order? Nothing is charged and the item goes back on sale.')) startTransition(() => dispatch({ orderId }));
        }}
      >
        {pending ? 'Cancelling…' : 'Cancel order'}
      </button>
      {state && (
        <span className={state.ok ? 'form-success' : 'field-error'} role={state.ok ? 'status' : 'alert'}>
          {state.message}
        </span>
      )}
    </>
  );
}
