// better-auth, configured once per process on top of the shared drizzle database.
import 'server-only';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { nextCookies } from 'better-auth/next-js';
import { APIError } from 'better-auth/api';
import { BANNED_MESSAGE, isBanned } from '@/lib/moderation/bans';
import * as schema from '@/db/schema';
import { getDb } from '@/db/client';
import { appUrl } from '@/lib/config';
import { authSecret } from './secret';

async function createAuth() {
  const db = await getDb();
  return betterAuth({
    baseURL: appUrl(),
    secret: await authSecret(),
    database: drizzleAdapter(db, { provider: 'pg', schema, usePlural: true }),
    emailAndPassword: { enabled: true, minPasswordLength: 8, maxPasswordLength: 128 },
    session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: process.env.AUTH_RATE_LIMIT !== 'off',
      storage: 'database',
      modelName: 'rateLimit',
      window: 60,
      max: 100,
      customRules: { '/sign-in/email': { window: 60, max: 10 } },
    },
    advanced: { database: { generateId: () => crypto.randomUUID() } },
    // A banned user gets no session, whichever sign-in route they use (moderation bans them).
    databaseHooks: {
      session: {
        create: {
          async before(session) {
            if (await isBanned(db, session.userId)) throw new APIError('FORBIDDEN', { message: BANNED_MESSAGE, code: 'BANNED_USER' });
          },
        },
      },
    },
    plugins: [nextCookies()],
  });
}

export type Auth = Awaited<ReturnType<typeof createAuth>>;

const globalForAuth = globalThis as unknown as { hashcartAuth?: Promise<Auth> };

export function getAuth(): Promise<Auth> {
  // A failed set-up is not cached, so the next request tries again.
  globalForAuth.hashcartAuth ??= createAuth().catch((error: unknown) => {
    globalForAuth.hashcartAuth = undefined;
    throw error;
  });
  return globalForAuth.hashcartAuth;
}
