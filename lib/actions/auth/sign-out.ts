'use server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getAuth } from '@/lib/auth/auth';
import { trustedRequestOrigin } from '@/lib/security/request-origin';

export async function signOut(): Promise<void> {
  const requestHeaders = await headers();
  // Not from one of our pages: a cross-site form must not sign anyone out.
  if (!trustedRequestOrigin(requestHeaders)) return;
  const auth = await getAuth();
  await auth.api.signOut({ headers: requestHeaders });
  redirect('/');
}
