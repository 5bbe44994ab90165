'use server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { APIError } from 'better-auth/api';
import { getAuth } from '@/lib/auth/auth';
import { publicAction } from '@/lib/actions/define-action';
import { DomainError } from '@/lib/errors';
import { signUpSchema } from './schemas';

export const signUp = publicAction({ schema: signUpSchema }, async ({ name, email, password, next }) => {
  const auth = await getAuth();
  try {
    await auth.api.signUpEmail({ body: { name, email, password }, headers: await headers() });
  } catch (error) {
    if (error instanceof APIError && String(error.body?.code ?? '').startsWith('USER_ALREADY_EXISTS')) {
      throw new DomainError('email_taken', 'An account with this email already exists. Sign in instead.', 'email', { cause: error });
    }
    if (error instanceof APIError && error.status === 'BAD_REQUEST') {
      throw new DomainError('invalid_input', error.body?.message ?? 'Check your details.', 'form', { cause: error });
    }
    throw error;
  }
  redirect(next);
});
