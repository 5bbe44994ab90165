// Who is calling: the signed-in user, their roles, and their brand if they own one.
import 'server-only';
import { headers } from 'next/headers';
import { cache } from 'react';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { brands, users, type Brand } from '@/db/schema';
import type { DbOrTx } from '@/db/open';
import { adminEmails } from '@/lib/config';
import { getAuth } from './auth';

export type Role = 'follower' | 'brand' | 'admin';

export interface Viewer {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  brand: Brand | null;
  /** Kept on the viewer so checkout needs no extra read to know who pays. */
  stripeCustomerId: string | null;
}

export async function loadViewer(db: DbOrTx, userId: string): Promise<Viewer | null> {
  const [row] = await db
    .select({ user: users, brand: brands })
    .from(users)
    .leftJoin(brands, eq(brands.ownerId, users.id))
    .where(eq(users.id, userId));
  if (!row || row.user.bannedAt) return null;
  const roles: Role[] = ['follower'];
  if (row.brand) roles.push('brand');
  if (adminEmails().includes(row.user.email.toLowerCase())) roles.push('admin');
  return { id: row.user.id, name: row.user.name, email: row.user.email, roles, brand: row.brand, stripeCustomerId: row.user.stripeCustomerId };
}

/** The viewer of the current request, or null when signed out (memoised per request). */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  return loadViewer(await getDb(), session.user.id);
});
