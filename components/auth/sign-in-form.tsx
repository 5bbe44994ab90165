'use client';
import { useTranslations } from 'next-intl';
import { signIn } from '@/lib/actions/auth/sign-in';
import { Field } from '@/components/form/field';
import { FormMessage } from '@/components/form/form-message';
import { SubmitButton } from '@/components/form/submit-button';
import { useFormAction } from '@/components/form/use-form-action';

export function SignInForm({ next }: { next: string }) {
  const t = useTranslations('auth');
  const { state, onSubmit, pending, fieldErrors: errors } = useFormAction(signIn);
  return (
    <form onSubmit={onSubmit} className="stack" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="next" value={next} />
      <Field name="email" label={t('fields.email')} type="email" autoComplete="email" required error={errors.email} />
      <Field name="password" label={t('fields.password')} type="password" autoComplete="current-password" required error={errors.password} />
      <SubmitButton pending={pending} pendingLabel={t('signIn.pending')}>
        {t('signIn.submit')}
      </SubmitButton>
    </form>
  );
}
