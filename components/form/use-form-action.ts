'use client';
import { startTransition, useActionState, type FormEvent } from 'react';
import type { ActionResult, ActionState } from '@/lib/actions/define-action';

type FormServerAction<T> = (previous: ActionState<T>, input: FormData) => Promise<ActionResult<T>>;

/**
 * Submits a form to a server action without React's automatic form reset, so that after an
 * error the person's input is still there to correct.
 */
export function useFormAction<T>(action: FormServerAction<T>) {
  const [state, dispatch, pending] = useActionState(action, null);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  }
  const fieldErrors = state && !state.ok ? state.fieldErrors ?? {} : {};
  return { state, onSubmit, pending, fieldErrors };
}
