'use server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { authApiError } from '@/lib/auth/api-error';
import { getAuth } from '@/lib/auth/auth';
import { publicAction } from '@/lib/actions/define-action';
import { DomainError } from '@/lib/errors';
import { readPreferenceCookies } from '@/lib/i18n/preference-cookies';
import { savePreferences } from '@/lib/i18n/preferences';
import { signUpSchema } from './schemas';

export const signUp = publicAction({ schema: signUpSchema }, async ({ name, email, password, next }, { db }) => {
  const auth = await getAuth();
  try {
    const { user } = await auth.api.signUpEmail({ body: { name, email, password }, headers: await headers() });
    await savePreferences(db, user.id, await readPreferenceCookies());
  } catch (error) {
    const failure = authApiError(error);
    if (failure && String(failure.body?.code ?? '').startsWith('USER_ALREADY_EXISTS')) {
      throw new DomainError('email_taken', 'errors.auth.emailTaken', 'email', { cause: error });
    }
    if (failure && failure.status === 'BAD_REQUEST') {
      throw new DomainError('invalid_input', 'errors.auth.checkDetails', 'form', { cause: error });
    }
    throw error;
  }
  redirect(next);
});
