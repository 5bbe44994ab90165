'use client';
// One queue item's decisions: a single required reason, shared by every action offered on it —
// write why once, then press what to do. Each action is written to the audit log with that reason.
import { startTransition, useActionState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import type { ActionResult, ActionState } from '@/lib/actions/define-action';
import { Button } from '@/components/form/button';
import { FormMessage } from '@/components/form/form-message';

type ModerationAction = (previous: ActionState<{ auditId: string }>, input: FormData) => Promise<ActionResult<{ auditId: string }>>;

export interface Decision {
  action: ModerationAction;
  /** Hidden inputs identifying the target (targetId, and targetType where the action needs it). */
  target: Record<string, string>;
  label: string;
  danger?: boolean;
}

interface Submission {
  decision: Decision;
  input: FormData;
}

async function decide(previous: ActionState<{ auditId: string }>, { decision, input }: Submission) {
  return decision.action(previous, input);
}

export function ModerationForm({ id, decisions }: { id: string; decisions: Decision[] }) {
  const t = useTranslations('admin.form');
  const [state, dispatch, pending] = useActionState(decide, null);
  const reasonError = state && !state.ok ? state.fieldErrors?.reason : undefined;
  const fieldId = `reason-${id}`;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const decision = decisions[Number(submitter?.value)];
    if (!decision) return;
    const input = new FormData();
    input.set('reason', String(new FormData(event.currentTarget).get('reason') ?? ''));
    for (const [name, value] of Object.entries(decision.target)) input.set(name, value);
    startTransition(() => dispatch({ decision, input }));
  }

  if (state?.ok) return <FormMessage state={state} />;
  return (
    <form onSubmit={onSubmit} className="moderation-form" noValidate aria-busy={pending}>
      <div className="field">
        <label htmlFor={fieldId}>{t('reason')}</label>
        <input
          id={fieldId}
          name="reason"
          required
          minLength={3}
          maxLength={500}
          placeholder={t('reasonHint')}
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={reasonError ? `${fieldId}-error` : undefined}
        />
        {reasonError && (
          <p id={`${fieldId}-error`} className="field-error" role="alert">
            {reasonError}
          </p>
        )}
      </div>
      <div className="moderation-form__actions">
        {decisions.map((decision, index) => (
          <Button key={decision.label} type="submit" name="decision" value={index} variant={decision.danger ? 'danger' : 'primary'} small disabled={pending}>
            {decision.label}
          </Button>
        ))}
        {pending && <span className="spinner" role="status" aria-label={t('working')} />}
      </div>
      {state && !state.ok && !reasonError && <FormMessage state={state} />}
    </form>
  );
}
