// Calling server actions from vitest as a browser would. Import this module before any app module:
// from then on next/headers answers from test/next-request (set with setRequestHeaders). Then call
// `actionEnvironment(...)` (and `useActionStripe()` where actions reach Stripe) at the top of the
// file, and import the actions after it with `await import(...)`, so they read that environment.
import { afterAll, beforeAll, inject, vi } from 'vitest';
import { startTestStripe, type TestStripe } from './stripe';

vi.mock('next/headers', () => import('./next-request'));

export interface ActionEnvironment {
  /** APP_URL: a request from this origin passes the guard's origin check. */
  origin: string;
  /** ADMIN_EMAILS: an account signed up with this address is an admin. */
  admin?: string;
  /** Keep better-auth's sign-in limits on; off otherwise, so a file may sign up many accounts. */
  rateLimited?: boolean;
}

/** What the guard and better-auth read: the run's database, the app's origin, who is an admin. */
export function actionEnvironment({ origin, admin, rateLimited = false }: ActionEnvironment): void {
  process.env.DATABASE_URL = inject('databaseUrl');
  process.env.APP_URL = origin;
  if (rateLimited) delete process.env.AUTH_RATE_LIMIT;
  else process.env.AUTH_RATE_LIMIT = 'off';
  if (admin) process.env.ADMIN_EMAILS = admin;
  // Forwarded headers are believed only where a test says so.
  delete process.env.TRUST_PROXY;
}

/** An in-process Stripe emulator for the file's actions: started before its tests, closed after them. */
export function useActionStripe(): void {
  let stripe: TestStripe | undefined;
  process.env.STRIPE_SECRET_KEY = 'sk_test_integration';
  beforeAll(async () => {
    stripe = await startTestStripe();
    process.env.STRIPE_API_URL = stripe.emulator.url;
  });
  afterAll(() => stripe?.close());
}

/** Signs a new account up through better-auth and returns its session cookie (name=value). */
export async function sessionCookie(email: string, name = 'Guard'): Promise<string> {
  // Loaded on first use: the file has set the auth environment (ADMIN_EMAILS, DATABASE_URL) by then.
  const { getAuth } = await import('@/lib/auth/auth');
  const { headers } = await (await getAuth()).api.signUpEmail({ body: { email, password: 'long enough password', name }, returnHeaders: true });
  return (headers.get('set-cookie') ?? '').split(';')[0]!;
}

export function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}
