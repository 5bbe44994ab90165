'use server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { APIError } from 'better-auth/api';
import { getAuth } from '@/lib/auth/auth';
import { publicAction } from '@/lib/actions/define-action';
import { DomainError } from '@/lib/errors';
import { BANNED_MESSAGE } from '@/lib/moderation/bans';
import { signInSchema } from './schemas';

export const signIn = publicAction({ schema: signInSchema }, async ({ email, password, next }) => {
  const auth = await getAuth();
  try {
    await auth.api.signInEmail({ body: { email, password }, headers: await headers() });
  } catch (error) {
    if (error instanceof APIError && (error.status === 'UNAUTHORIZED' || error.status === 'BAD_REQUEST')) {
      throw new DomainError('invalid_credentials', 'That email and password do not match.', 'form', { cause: error });
    }
    if (error instanceof APIError && error.body?.code === 'BANNED_USER') {
      throw new DomainError('banned', BANNED_MESSAGE, 'form', { cause: error });
    }
    if (error instanceof APIError && error.status === 'TOO_MANY_REQUESTS') {
      throw new DomainError('forbidden', 'Too many attempts. Wait a minute and try again.', 'form', { cause: error });
    }
    throw error;
  }
  redirect(next);
});
