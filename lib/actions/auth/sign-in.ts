'use server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { authApiError } from '@/lib/auth/api-error';
import { getAuth } from '@/lib/auth/auth';
import { clearAccountFailures, recordSignInFailure, signInBlocked } from '@/lib/auth/sign-in-limit';
import { publicAction } from '@/lib/actions/define-action';
import { DomainError } from '@/lib/errors';
import { setPreferenceCookies } from '@/lib/i18n/preference-cookies';
import { preferencesByEmail } from '@/lib/i18n/preferences';
import { clientIp } from '@/lib/security/request-origin';
import { signInSchema } from './schemas';

const TOO_MANY = 'errors.auth.tooManyAttempts';

export const signIn = publicAction({ schema: signInSchema }, async ({ email, password, next }, { db }) => {
  const auth = await getAuth();
  const requestHeaders = await headers();
  // Calling auth.api directly skips better-auth's HTTP limiter, so the form keeps its own count.
  const attempt = { email, ip: clientIp(requestHeaders) };
  if (await signInBlocked(db, attempt)) throw new DomainError('too_many_attempts', TOO_MANY, 'form');
  try {
    await auth.api.signInEmail({ body: { email, password }, headers: requestHeaders });
  } catch (error) {
    const failure = authApiError(error);
    if (failure && (failure.status === 'UNAUTHORIZED' || failure.status === 'BAD_REQUEST')) {
      await recordSignInFailure(db, attempt);
      throw new DomainError('invalid_credentials', 'errors.auth.credentials', 'form', { cause: error });
    }
    if (failure && failure.body?.code === 'BANNED_USER') {
      throw new DomainError('banned', 'errors.auth.banned', 'form', { cause: error });
    }
    if (failure && failure.status === 'TOO_MANY_REQUESTS') {
      throw new DomainError('too_many_attempts', TOO_MANY, 'form', { cause: error });
    }
    throw error;
  }
  await clearAccountFailures(db, email);
  // The language and time zone chosen on another device follow the person here.
  await setPreferenceCookies(await preferencesByEmail(db, email));
  redirect(next);
});
