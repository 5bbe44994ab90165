// Payouts onboarding brings the brand back to the origin it started on, where it is signed in.
import { afterAll, beforeAll, describe, expect, it, vi, inject } from 'vitest';
import { eq } from 'drizzle-orm';
import { users } from '@/db/schema';
import { testDb } from '@/test/database';
import { makeBrand } from '@/test/factories';
import { setRequestHeaders } from '@/test/next-request';
import { startTestStripe, type TestStripe } from '@/test/stripe';

vi.mock('next/headers', () => import('@/test/next-request'));

let stripe: TestStripe;
process.env.DATABASE_URL = inject('databaseUrl');
process.env.AUTH_RATE_LIMIT = 'off';
process.env.APP_URL = 'http://localhost:3998';
process.env.STRIPE_SECRET_KEY = 'sk_test_integration';

const { getAuth } = await import('@/lib/auth/auth');
const { startPayoutsOnboarding } = await import('./start-payouts-onboarding');

beforeAll(async () => {
  stripe = await startTestStripe();
  process.env.STRIPE_API_URL = stripe.emulator.url;
});
afterAll(() => stripe.close());

async function returnUrlFor(origin: string): Promise<string | null> {
  const email = `payouts-${crypto.randomUUID()}@example.test`;
  const { headers } = await (await getAuth()).api.signUpEmail({ body: { email, password: 'long enough password', name: 'Payouts' }, returnHeaders: true });
  const db = await testDb();
  const [owner] = await db.select().from(users).where(eq(users.email, email));
  await makeBrand(db, owner!.id, { payouts: false });
  setRequestHeaders({ origin, cookie: (headers.get('set-cookie') ?? '').split(';')[0]!, host: 'evil.example', 'x-forwarded-host': 'evil.example' });
  const result = await startPayoutsOnboarding(null, {});
  if (!result.ok) throw new Error(result.message);
  const completed = await fetch(result.data.url, { method: 'POST', body: new URLSearchParams({ action: 'complete' }), redirect: 'manual' });
  return completed.headers.get('location');
}

describe('startPayoutsOnboarding', () => {
  it('returns to the origin the brand is on, not APP_URL', async () => {
    expect(await returnUrlFor('http://127.0.0.1:3998')).toBe('http://127.0.0.1:3998/studio/payouts?return=1');
    expect(await returnUrlFor('http://localhost:3998')).toBe('http://localhost:3998/studio/payouts?return=1');
  });

  it('never returns to an origin taken from a spoofable header', async () => {
    setRequestHeaders({ origin: 'http://evil.example' });
    expect(await startPayoutsOnboarding(null, {})).toMatchObject({ ok: false, error: 'forbidden' });
  });
});
