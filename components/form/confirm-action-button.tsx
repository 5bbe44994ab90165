'use client';
import { startTransition, useActionState } from 'react';
import type { ActionResult, ActionState } from '@/lib/actions/define-action';
import { Button } from './button';

interface Props<I, T> {
  action: (previous: ActionState<T>, input: I) => Promise<ActionResult<T>>;
  input: I;
  /** The question the browser asks first; the action runs only on OK. */
  confirm: string;
  label: string;
  pendingLabel: string;
  /** Show the action's success message too (errors are always shown). */
  showSuccess?: boolean;
}

/** A small button for an action that cannot be undone: confirm, run, then say how it went. */
export function ConfirmActionButton<I, T>({ action, input, confirm, label, pendingLabel, showSuccess = false }: Props<I, T>) {
  const [state, dispatch, pending] = useActionState(action, null);
  return (
    <>
      <Button
        type="button"
        variant="ghost"
        small
        disabled={pending}
        onClick={() => {
          if (window.confirm(confirm)) startTransition(() => dispatch(input));
        }}
      >
        {pending ? pendingLabel : label}
      </Button>
      {state && (!state.ok || showSuccess) && (
        <span className={state.ok ? 'form-success' : 'field-error'} role={state.ok ? 'status' : 'alert'}>
          {state.message}
        </span>
      )}
    </>
  );
}
