'use client';
import { signUp } from '@/lib/actions/auth/sign-up';
import { Field } from '@/components/form/field';
import { FormMessage } from '@/components/form/form-message';
import { SubmitButton } from '@/components/form/submit-button';
import { useFormAction } from '@/components/form/use-form-action';

export function SignUpForm({ next }: { next: string }) {
  const { state, onSubmit, pending, fieldErrors: errors } = useFormAction(signUp);
  return (
    <form onSubmit={onSubmit} className="stack" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="next" value={next} />
      <Field name="name" label="Name" autoComplete="name" required error={errors.name} />
      <Field name="email" label="Email" type="email" autoComplete="email" required error={errors.email} />
      <Field name="password" label="Password" type="password" autoComplete="new-password" required minLength={8} error={errors.password} hint="At least 8 characters." />
      <SubmitButton pending={pending} pendingLabel="Creating your account…">Create account</SubmitButton>
    </form>
  );
}
