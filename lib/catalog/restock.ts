// Restocking a variant, by its brand only; freed units go to the waitlist first.
import 'server-only';
import type Stripe from 'stripe';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/open';
import { posts, variants } from '@/db/schema';
import { DomainError } from '@/lib/errors';
import { offerToWaitlist } from '@/lib/replies/waitlist';
import { MAX_STOCK } from './variant-rules';

export async function restockVariant(db: Db, stripe: Stripe, brandId: string, variantId: string, added: number): Promise<{ stock: number; offered: number }> {
  if (!Number.isInteger(added) || added < 1 || added > MAX_STOCK) throw new DomainError('invalid_input', 'errors.post.restockRange', 'quantity');
  const [row] = await db.select({ brandId: posts.brandId }).from(variants).innerJoin(posts, eq(posts.id, variants.postId)).where(eq(variants.id, variantId));
  if (!row) throw new DomainError('not_found', 'errors.post.optionNotFound');
  if (row.brandId !== brandId) throw new DomainError('not_owner', 'errors.post.otherBrand');
  await db.update(variants).set({ stock: sql`${variants.stock} + ${added}` }).where(eq(variants.id, variantId));
  const offered = await offerToWaitlist(db, stripe, variantId);
  const [after] = await db.select({ stock: variants.stock }).from(variants).where(eq(variants.id, variantId));
  return { stock: after?.stock ?? 0, offered };
}
