'use client';
// One admin decision: a required reason and a button. Used for every action in the queue.
import type { ActionResult, ActionState } from '@/lib/actions/define-action';
import { FormMessage } from '@/components/form/form-message';
import { SubmitButton } from '@/components/form/submit-button';
import { useFormAction } from '@/components/form/use-form-action';

interface ModerationFormProps {
  action: (previous: ActionState<{ auditId: string }>, input: FormData) => Promise<ActionResult<{ auditId: string }>>;
  /** Hidden inputs identifying the target (targetId, and targetType where the action needs it). */
  target: Record<string, string>;
  label: string;
  danger?: boolean;
}

export function ModerationForm({ action, target, label, danger = false }: ModerationFormProps) {
  const { state, onSubmit, pending, fieldErrors } = useFormAction(action);
  const id = `${label}-${Object.values(target).join('-')}`.replace(/\W+/g, '-').toLowerCase();
  if (state?.ok) return <FormMessage state={state} />;
  return (
    <form onSubmit={onSubmit} className="moderation-form" noValidate>
      {Object.entries(target).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="field">
        <label htmlFor={id}>Reason to {label.toLowerCase()}</label>
        <input
          id={id}
          name="reason"
          required
          minLength={3}
          maxLength={500}
          aria-invalid={fieldErrors.reason ? true : undefined}
          aria-describedby={fieldErrors.reason ? `${id}-error` : undefined}
        />
        {fieldErrors.reason && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {fieldErrors.reason}
          </p>
        )}
      </div>
      <SubmitButton pending={pending} pendingLabel="Working…" className={danger ? 'button button--small button--danger' : 'button button--small'}>
        {label}
      </SubmitButton>
      {state && !state.ok && !fieldErrors.reason && <FormMessage state={state} />}
    </form>
  );
}
