// Payouts onboarding brings the brand back to the origin it started on, where it is signed in.
import { describe, expect, it } from 'vitest';
import { actionEnvironment, sessionCookie, useActionStripe } from '@/test/action-calls';
import { eq } from 'drizzle-orm';
import { users } from '@/db/schema';
import { testDb } from '@/test/database';
import { makeBrand } from '@/test/factories';
import { setRequestHeaders } from '@/test/next-request';

actionEnvironment({ origin: 'http://localhost:3998' });
useActionStripe();

const { startPayoutsOnboarding } = await import('./start-payouts-onboarding');

async function returnUrlFor(origin: string): Promise<string | null> {
  const email = `payouts-${crypto.randomUUID()}@example.test`;
  const cookie = await sessionCookie(email, 'Payouts');
  const db = await testDb();
  const [owner] = await db.select().from(users).where(eq(users.email, email));
  await makeBrand(db, owner!.id, { payouts: false });
  setRequestHeaders({ origin, cookie, host: 'evil.example', 'x-forwarded-host': 'evil.example' });
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
