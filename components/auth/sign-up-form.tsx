'use client';
import { useTranslations } from 'next-intl';
import { signUp } from '@/lib/actions/auth/sign-up';
import { Field } from '@/components/form/field';
import { FormMessage } from '@/components/form/form-message';
import { SubmitButton } from '@/components/form/submit-button';
import { useFormAction } from '@/components/form/use-form-action';

// The sign-up schema's minimum (lib/actions/auth/schemas.ts), said up front.
const PASSWORD_MIN = 8;

export function SignUpForm({ next }: { next: string }) {
  const t = useTranslations('auth');
  const { state, onSubmit, pending, fieldErrors: errors } = useFormAction(signUp);
  return (
    <form onSubmit={onSubmit} className="stack" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="next" value={next} />
      <Field name="name" label={t('fields.name')} autoComplete="name" required error={errors.name} />
      <Field name="email" label={t('fields.email')} type="email" autoComplete="email" required error={errors.email} />
      <Field name="password" label={t('fields.password')} type="password" autoComplete="new-password" required minLength={PASSWORD_MIN} error={errors.password} hint={t('signUp.passwordHint', { min: PASSWORD_MIN })} />
      <SubmitButton pending={pending} pendingLabel={t('signUp.pending')}>
        {t('signUp.submit')}
      </SubmitButton>
    </form>
  );
}
