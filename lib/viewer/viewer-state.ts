// What a page shared by every signed-in reader (lib/cache/public-page-key) leaves to the browser:
// who is reading — for the header's account menu and unread badges — and, on a brand page, how the
// reader stands with that brand. Read per request by /api/viewer, never cached.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/open';
import { brands, type Brand } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { isFollowing } from '@/lib/catalog/brands';
import { unreadCounts } from '@/lib/conversations/read';

export interface HeaderAccount {
  name: string;
  admin: boolean;
  /** Owns a brand: the studio tab reads Studio (else Sell) and carries its own badge. */
  seller: boolean;
  unread: { inbox: number; studio: number };
}

/** What an admin's tools on a brand page act on. */
export interface BrandModeration {
  brandId: string;
  ownerId: string;
  suspended: boolean;
  trusted: boolean;
}

export interface BrandStanding {
  following: boolean;
  own: boolean;
  /** Only for an admin (and not on their own brand). */
  moderation: BrandModeration | null;
}

export interface ViewerState {
  account: HeaderAccount | null;
  brand: BrandStanding | null;
}

export async function headerAccountOf(db: DbOrTx, viewer: Viewer): Promise<HeaderAccount> {
  const unread = await unreadCounts(db, { userId: viewer.id, brandId: viewer.brand?.id ?? null });
  return { name: viewer.name, admin: viewer.roles.includes('admin'), seller: Boolean(viewer.brand), unread };
}

export async function brandStandingOf(db: DbOrTx, viewer: Viewer, brand: Pick<Brand, 'id' | 'ownerId' | 'suspendedAt' | 'trustedAt'>): Promise<BrandStanding> {
  const own = viewer.id === brand.ownerId;
  const moderation = viewer.roles.includes('admin') && !own ? { brandId: brand.id, ownerId: brand.ownerId, suspended: Boolean(brand.suspendedAt), trusted: Boolean(brand.trustedAt) } : null;
  return { following: await isFollowing(db, viewer.id, brand.id), own, moderation };
}

/** The reader's state for a shared page; `brandId` when the page is that brand's. */
export async function readViewerState(db: DbOrTx, viewer: Viewer | null, brandId: string | null): Promise<ViewerState> {
  if (!viewer) return { account: null, brand: null };
  const [account, brand] = await Promise.all([
    headerAccountOf(db, viewer),
    brandId ? db.select({ id: brands.id, ownerId: brands.ownerId, suspendedAt: brands.suspendedAt, trustedAt: brands.trustedAt }).from(brands).where(eq(brands.id, brandId)).then(([row]) => (row ? brandStandingOf(db, viewer, row) : null)) : null,
  ]);
  return { account, brand };
}
