// A brand turns one of its posts into a draw: window, units per option, entry rules, and the
// commitment to the seed that will pick the winners.
import 'server-only';
import { and, eq, gt } from 'drizzle-orm';
import type { Db } from '@/db/open';
import { brands, draws, drawVariants, posts, variants, type Draw } from '@/db/schema';
import { DomainError } from '@/lib/errors';
import { isPayoutsReady } from '@/lib/payments/connect';
import { checkDrawRules, checkDrawUnits, checkDrawWindow, type DrawRules, type DrawSettings } from './rules';
import { commitmentOf, newSeed } from './shuffle';

const LAUNCHABLE = new Set(['draft', 'published', 'pending_review']);

export async function launchDraw(db: Db, brandId: string, postId: string, settings: DrawSettings, now = new Date()): Promise<Draw> {
  checkDrawWindow(settings, now);
  checkDrawRules(settings);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ post: posts, brand: brands })
      .from(posts)
      .innerJoin(brands, eq(brands.id, posts.brandId))
      .where(eq(posts.id, postId))
      .for('update', { of: posts });
    if (!row || row.post.brandId !== brandId) throw new DomainError('not_owner', 'errors.post.notYours');
    if (!LAUNCHABLE.has(row.post.status)) throw new DomainError('invalid_state', 'errors.draw.onlyDraftOrPublished');
    if (row.post.dropGoal) throw new DomainError('invalid_state', 'errors.draw.dropOrDraw');
    // Winners are charged as destination charges to the brand, so payouts must be ready first.
    if (!isPayoutsReady(row.brand)) throw new DomainError('payouts_not_ready', 'errors.draw.payoutsFirst');
    const [existing] = await tx.select({ id: draws.id }).from(draws).where(eq(draws.postId, postId));
    if (existing) throw new DomainError('conflict', 'errors.draw.alreadyDraw');
    const options = await tx.select({ id: variants.id, label: variants.label, stock: variants.stock }).from(variants).where(eq(variants.postId, postId));
    checkDrawUnits(settings.units, options);

    const seed = newSeed();
    const [draw] = await tx
      .insert(draws)
      .values({
        postId,
        brandId,
        opensAt: settings.opensAt,
        closesAt: settings.closesAt,
        minAccountAgeDays: settings.minAccountAgeDays,
        requireVerifiedEmail: settings.requireVerifiedEmail,
        requireFollower: settings.requireFollower,
        seed,
        seedCommitment: commitmentOf(seed),
      })
      .returning();
    if (!draw) throw new DomainError('internal', 'errors.draw.createFailed');
    await tx.insert(drawVariants).values(
      Object.entries(settings.units)
        .filter(([, units]) => units > 0)
        .map(([variantId, units]) => ({ drawId: draw.id, variantId, units })),
    );
    return draw;
  });
}

/** Rules may change only until entries open: afterwards entrants have entered under them. */
export async function updateDrawRules(db: Db, brandId: string, drawId: string, rules: DrawRules, now = new Date()): Promise<Draw> {
  checkDrawRules(rules);
  const [updated] = await db
    .update(draws)
    .set({ ...rules, updatedAt: now })
    .where(and(eq(draws.id, drawId), eq(draws.brandId, brandId), gt(draws.opensAt, now)))
    .returning();
  if (updated) return updated;
  const [draw] = await db.select({ brandId: draws.brandId }).from(draws).where(eq(draws.id, drawId));
  if (!draw || draw.brandId !== brandId) throw new DomainError('not_owner', 'errors.draw.notYours');
  throw new DomainError('invalid_state', 'errors.draw.rulesLocked');
}
