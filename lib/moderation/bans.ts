// Banned users: sign-in refuses them (a better-auth hook) and loadViewer ignores their old sessions.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/open';
import { users } from '@/db/schema';

export const BANNED_MESSAGE = 'This account has been banned for breaking the Hashcart rules. Contact support if you think this is a mistake.';

export async function isBanned(db: DbOrTx, userId: string): Promise<boolean> {
  const [row] = await db.select({ bannedAt: users.bannedAt }).from(users).where(eq(users.id, userId));
  return Boolean(row?.bannedAt);
}
