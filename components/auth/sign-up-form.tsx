'use client';
import { useActionState } from 'react';
import { signUp } from '@/lib/actions/auth/sign-up';
import { Field } from '@/components/form/field';
import { FormMessage } from '@/components/form/form-message';
import { SubmitButton } from '@/components/form/submit-button';

export function SignUpForm({ next }: { next: string }) {
  const [state, action] = useActionState(signUp, null);
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};
  return (
    <form action={action} className="stack" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="next" value={next} />
      <Field name="name" label="Name" autoComplete="name" required error={errors.name} />
      <Field name="email" label="Email" type="email" autoComplete="email" required error={errors.email} />
      <Field name="password" label="Password" type="password" autoComplete="new-password" required minLength={8} error={errors.password} hint="At least 8 characters." />
      <SubmitButton pendingLabel="Creating your account…">Create account</SubmitButton>
    </form>
  );
}
