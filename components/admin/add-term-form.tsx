'use client';
import type { ActionResult, ActionState } from '@/lib/actions/define-action';
import { Field } from '@/components/form/field';
import { FormMessage } from '@/components/form/form-message';
import { SubmitButton } from '@/components/form/submit-button';
import { useFormAction } from '@/components/form/use-form-action';

type AddTerm = (previous: ActionState<{ auditId: string }>, input: FormData) => Promise<ActionResult<{ auditId: string }>>;

export function AddTermForm({ action }: { action: AddTerm }) {
  const { state, onSubmit, pending, fieldErrors } = useFormAction(action);
  return (
    <form onSubmit={onSubmit} className="card stack" noValidate aria-label="Add a prohibited term">
      <FormMessage state={state} />
      <Field name="term" id="new-term" label="Term" required maxLength={60} error={fieldErrors.term} />
      <Field name="reason" id="new-term-reason" label="Reason to add it" required maxLength={500} error={fieldErrors.reason} />
      <SubmitButton pending={pending} pendingLabel="Adding…" className="button button--small">
        Add term
      </SubmitButton>
    </form>
  );
}
