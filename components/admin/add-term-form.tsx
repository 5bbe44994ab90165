'use client';
import type { ActionResult, ActionState } from '@/lib/actions/define-action';
import { Field } from '@/components/form/field';
import { buttonClass } from '@/components/form/button';
import { FormMessage } from '@/components/form/form-message';
import { SubmitButton } from '@/components/form/submit-button';
import { useFormAction } from '@/components/form/use-form-action';
import { useTranslations } from 'next-intl';

type AddTerm = (previous: ActionState<{ auditId: string }>, input: FormData) => Promise<ActionResult<{ auditId: string }>>;

export function AddTermForm({ action }: { action: AddTerm }) {
  const t = useTranslations('admin.terms');
  const { state, onSubmit, pending, fieldErrors } = useFormAction(action);
  return (
    <form onSubmit={onSubmit} className="card stack" noValidate aria-label={t('addLabel')}>
      <FormMessage state={state} />
      <Field name="term" id="new-term" label={t('term')} required maxLength={60} error={fieldErrors.term} />
      <Field name="reason" id="new-term-reason" label={t('reason')} required maxLength={500} error={fieldErrors.reason} />
      <SubmitButton pending={pending} pendingLabel={t('adding')} className={buttonClass({ small: true })}>
        {t('add')}
      </SubmitButton>
    </form>
  );
}
