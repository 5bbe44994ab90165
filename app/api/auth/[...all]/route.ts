// better-auth's HTTP API, for machine clients; the app's own forms use server actions. Email
// sign-in here counts failures per account and address, the same way the sign-in form does.
import { getDb } from '@/db/client';
import { getAuth } from '@/lib/auth/auth';
import { clearAccountFailures, recordSignInFailure, signInBlocked } from '@/lib/auth/sign-in-limit';
import { requestTranslator } from '@/lib/i18n/translator';
import { clientIp } from '@/lib/security/request-origin';

async function emailSignIn(request: Request, handler: (request: Request) => Promise<Response>) {
  const body = (await request.clone().json().catch(() => null)) as { email?: unknown } | null;
  if (typeof body?.email !== 'string') return handler(request);
  const db = await getDb();
  const attempt = { email: body.email, ip: clientIp(request.headers) };
  if (await signInBlocked(db, attempt)) {
    // Worded like the sign-in form's refusal, in the language the client asked for.
    return Response.json({ code: 'TOO_MANY_ATTEMPTS', message: (await requestTranslator())('errors.auth.tooManyAttempts') }, { status: 429 });
  }
  const response = await handler(request);
  if (response.status === 401) await recordSignInFailure(db, attempt);
  else if (response.ok) await clearAccountFailures(db, body.email);
  return response;
}

async function handle(request: Request) {
  const auth = await getAuth();
  if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/sign-in/email')) return emailSignIn(request, auth.handler);
  return auth.handler(request);
}

export { handle as GET, handle as POST };
