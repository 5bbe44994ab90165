// Brands: creation with a unique handle, lookup, and follows.
import 'server-only';
import { and, count, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/open';
import { brands, follows, type Brand } from '@/db/schema';
import { DomainError } from '@/lib/errors';

const RESERVED_HANDLES = new Set(['admin', 'studio', 'api', 'settings', 'hashcart', 'support', 'inbox', 'orders']);

export const HANDLE_PATTERN = /^[a-z0-9_]{3,24}$/;

export function normalizeHandle(handle: string): string {
  return handle.trim().replace(/^@/, '').toLowerCase();
}

export interface NewBrand {
  handle: string;
  name: string;
  bio?: string;
  avatarUrl?: string | null;
}

export async function createBrand(db: DbOrTx, ownerId: string, input: NewBrand): Promise<Brand> {
  const handle = normalizeHandle(input.handle);
  if (!HANDLE_PATTERN.test(handle)) {
    throw new DomainError('invalid_input', 'errors.brand.handleFormat', 'handle');
  }
  if (RESERVED_HANDLES.has(handle)) throw new DomainError('handle_taken', 'errors.brand.handleReserved', 'handle', { params: { handle } });
  return db.transaction(async (tx) => {
    const [owned] = await tx.select({ id: brands.id }).from(brands).where(eq(brands.ownerId, ownerId));
    if (owned) throw new DomainError('already_has_brand', 'errors.brand.alreadyRunsOne');
    const [taken] = await tx.select({ id: brands.id }).from(brands).where(sql`lower(${brands.handle}) = ${handle}`);
    if (taken) throw new DomainError('handle_taken', 'errors.brand.handleTaken', 'handle', { params: { handle } });
    const inserted = await tx
      .insert(brands)
      .values({ ownerId, handle, name: input.name.trim(), bio: input.bio?.trim() ?? '', avatarUrl: input.avatarUrl ?? null })
      .onConflictDoNothing()
      .returning();
    // A concurrent insert can still win the unique index between our check and our insert.
    if (!inserted[0]) throw new DomainError('handle_taken', 'errors.brand.handleTaken', 'handle', { params: { handle } });
    return inserted[0];
  });
}

/** A brand becomes trusted (its posts skip pre-publication review); null when it already was. Admins do it through trustBrand. */
export async function markBrandTrusted(db: DbOrTx, brandId: string): Promise<Pick<Brand, 'trustedAt'> | null> {
  const [brand] = await db
    .update(brands)
    .set({ trustedAt: new Date() })
    .where(and(eq(brands.id, brandId), isNull(brands.trustedAt)))
    .returning({ trustedAt: brands.trustedAt });
  return brand ?? null;
}

export async function findBrandByHandle(db: DbOrTx, handle: string): Promise<Brand | null> {
  const [brand] = await db.select().from(brands).where(sql`lower(${brands.handle}) = ${normalizeHandle(handle)}`);
  return brand ?? null;
}

export async function followBrand(db: DbOrTx, followerId: string, brandId: string): Promise<void> {
  const [brand] = await db.select({ ownerId: brands.ownerId }).from(brands).where(eq(brands.id, brandId));
  if (!brand) throw new DomainError('not_found', 'errors.brand.notFound');
  if (brand.ownerId === followerId) throw new DomainError('invalid_input', 'errors.brand.followOwn');
  await db.insert(follows).values({ followerId, brandId }).onConflictDoNothing();
}

export async function unfollowBrand(db: DbOrTx, followerId: string, brandId: string): Promise<void> {
  await db.delete(follows).where(and(eq(follows.followerId, followerId), eq(follows.brandId, brandId)));
}

export async function isFollowing(db: DbOrTx, followerId: string, brandId: string): Promise<boolean> {
  const [row] = await db
    .select({ brandId: follows.brandId })
    .from(follows)
    .where(and(eq(follows.followerId, followerId), eq(follows.brandId, brandId)));
  return Boolean(row);
}

export async function countFollowers(db: DbOrTx, brandId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(follows).where(eq(follows.brandId, brandId));
  return row?.n ?? 0;
}
