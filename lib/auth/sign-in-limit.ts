// Failed sign-ins counted per account and per address in the same table better-auth's own limiter
// uses (rate_limits), so the count holds across processes and restarts. Only failures count: a
// person who signs in fine is never slowed down, and a success clears the account's count.
import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/open';
import { rateLimits } from '@/db/schema';

export const SIGN_IN_WINDOW_MS = 15 * 60_000;
export const SIGN_IN_LIMITS = { account: 5, ip: 20 } as const;

export interface SignInAttempt {
  email: string;
  ip: string;
}

function keys({ email, ip }: SignInAttempt) {
  return { account: `sign-in-failures:account:${email.trim().toLowerCase()}`, ip: `sign-in-failures:ip:${ip}` };
}

async function failuresIn(db: DbOrTx, key: string, now: number): Promise<number> {
  const [row] = await db.select({ count: rateLimits.count, lastRequest: rateLimits.lastRequest }).from(rateLimits).where(eq(rateLimits.key, key));
  return row && row.lastRequest > now - SIGN_IN_WINDOW_MS ? row.count : 0;
}

/** AUTH_RATE_LIMIT=off switches every sign-in limit off, for tests and benchmarks only. */
function limitsOff(): boolean {
  return process.env.AUTH_RATE_LIMIT === 'off';
}

/** True when this account or this address failed too often lately; the attempt must not be tried. */
export async function signInBlocked(db: DbOrTx, attempt: SignInAttempt, now = Date.now()): Promise<boolean> {
  if (limitsOff()) return false;
  const key = keys(attempt);
  const [account, ip] = await Promise.all([failuresIn(db, key.account, now), failuresIn(db, key.ip, now)]);
  return account >= SIGN_IN_LIMITS.account || ip >= SIGN_IN_LIMITS.ip;
}

export async function recordSignInFailure(db: DbOrTx, attempt: SignInAttempt, now = Date.now()): Promise<void> {
  if (limitsOff()) return;
  for (const key of Object.values(keys(attempt))) {
    // One statement, so concurrent failures from several processes all count.
    await db
      .insert(rateLimits)
      .values({ id: crypto.randomUUID(), key, count: 1, lastRequest: now })
      .onConflictDoUpdate({
        target: rateLimits.key,
        set: {
          count: sql`case when ${rateLimits.lastRequest} > ${now - SIGN_IN_WINDOW_MS} then ${rateLimits.count} + 1 else 1 end`,
          lastRequest: now,
        },
      });
  }
}

export async function clearAccountFailures(db: DbOrTx, email: string): Promise<void> {
  await db.delete(rateLimits).where(eq(rateLimits.key, keys({ email, ip: '' }).account));
}
