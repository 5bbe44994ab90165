// Reading a draw for the post page and for its public verification page. The seed stays hidden
// until the draw is made; entrants appear only as entry numbers.
import 'server-only';
import { and, asc, count, desc, eq, gt, inArray } from 'drizzle-orm';
import type { DbOrTx } from '@/db/open';
import { brands, drawEntries, draws, drawVariants, posts, variants, type Draw, type DrawEntry } from '@/db/schema';

export type DrawPhase = 'upcoming' | 'open' | 'drawing' | 'drawn' | 'finished';

export interface DrawOption {
  variantId: string;
  label: string;
  units: number;
  priceMinor: number;
  currency: string;
}

export interface DrawSummary {
  id: string;
  postId: string;
  phase: DrawPhase;
  opensAt: string;
  closesAt: string;
  seedCommitment: string;
  rules: { minAccountAgeDays: number | null; requireVerifiedEmail: boolean; requireFollower: boolean };
  options: DrawOption[];
  /** Live entries while open; the entries that took part once drawn. */
  entered: number;
  mine: MyEntry | null;
}

export interface MyEntry {
  id: number;
  status: DrawEntry['status'];
  variantLabel: string;
  card: string;
  orderId: string | null;
  offerExpiresAt: string | null;
}

export function drawPhase(draw: Pick<Draw, 'status' | 'opensAt' | 'closesAt'>, now = new Date()): DrawPhase {
  if (draw.status === 'finished') return 'finished';
  if (draw.status === 'drawn') return 'drawn';
  if (draw.opensAt > now) return 'upcoming';
  return draw.closesAt > now ? 'open' : 'drawing';
}

const TOOK_PART: DrawEntry['status'][] = ['offered', 'won', 'lapsed', 'lost'];

export async function countEntries(db: DbOrTx, draw: Pick<Draw, 'id' | 'status'>): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(drawEntries)
    .where(and(eq(drawEntries.drawId, draw.id), draw.status === 'open' ? eq(drawEntries.status, 'entered') : inArray(drawEntries.status, [...TOOK_PART, 'entered'])));
  return row?.n ?? 0;
}

export async function drawOptions(db: DbOrTx, drawId: string): Promise<DrawOption[]> {
  return db
    .select({ variantId: variants.id, label: variants.label, units: drawVariants.units, priceMinor: variants.priceMinor, currency: variants.currency })
    .from(drawVariants)
    .innerJoin(variants, eq(variants.id, drawVariants.variantId))
    .where(eq(drawVariants.drawId, drawId))
    .orderBy(asc(variants.position));
}

export async function getDrawSummary(db: DbOrTx, postId: string, viewerId: string | null, now = new Date()): Promise<DrawSummary | null> {
  const [draw] = await db.select().from(draws).where(eq(draws.postId, postId));
  if (!draw) return null;
  const [options, entered, mine] = await Promise.all([
    drawOptions(db, draw.id),
    countEntries(db, draw),
    viewerId
      ? db
          .select({ entry: drawEntries, label: variants.label })
          .from(drawEntries)
          .innerJoin(variants, eq(variants.id, drawEntries.variantId))
          .where(and(eq(drawEntries.drawId, draw.id), eq(drawEntries.userId, viewerId)))
          .orderBy(asc(drawEntries.status), asc(drawEntries.id))
      : Promise.resolve([]),
  ]);
  // A person may have withdrawn and entered again: show the live entry over the withdrawn one.
  const own = mine.find((row) => row.entry.status !== 'withdrawn') ?? mine.at(-1);
  return {
    id: draw.id,
    postId,
    phase: drawPhase(draw, now),
    opensAt: draw.opensAt.toISOString(),
    closesAt: draw.closesAt.toISOString(),
    seedCommitment: draw.seedCommitment,
    rules: { minAccountAgeDays: draw.minAccountAgeDays, requireVerifiedEmail: draw.requireVerifiedEmail, requireFollower: draw.requireFollower },
    options,
    entered,
    mine: own
      ? {
          id: own.entry.id,
          status: own.entry.status,
          variantLabel: own.label,
          card: own.entry.cardSummary,
          orderId: own.entry.orderId,
          offerExpiresAt: own.entry.offerExpiresAt?.toISOString() ?? null,
        }
      : null,
  };
}

export interface PublicEntry {
  id: number;
  option: string;
  rank: number | null;
  outcome: 'won' | 'paying' | 'passed on' | 'not picked' | 'waiting' | 'void';
}

export interface DrawVerification {
  summary: Omit<DrawSummary, 'mine'>;
  /** Revealed once the draw is made. */
  seed: string | null;
  drawnAt: string | null;
  entries: PublicEntry[];
}

const OUTCOME: Partial<Record<DrawEntry['status'], PublicEntry['outcome']>> = { won: 'won', offered: 'paying', lapsed: 'passed on', lost: 'not picked', entered: 'waiting', void: 'void' };

export async function getDrawVerification(db: DbOrTx, postId: string, now = new Date()): Promise<DrawVerification | null> {
  const summary = await getDrawSummary(db, postId, null, now);
  if (!summary) return null;
  const [draw] = await db.select().from(draws).where(eq(draws.id, summary.id));
  if (!draw || draw.status === 'open') return { summary, seed: null, drawnAt: null, entries: [] };
  // The shuffle's input: every entry that was ranked, in entry-number order.
  const rows = await db
    .select({ id: drawEntries.id, rank: drawEntries.rank, status: drawEntries.status, option: variants.label })
    .from(drawEntries)
    .innerJoin(variants, eq(variants.id, drawEntries.variantId))
    .where(and(eq(drawEntries.drawId, draw.id), inArray(drawEntries.status, [...TOOK_PART, 'entered', 'void'])))
    .orderBy(asc(drawEntries.id));
  const entries = rows
    .filter((row) => row.rank !== null)
    .map((row) => ({ id: row.id, option: row.option, rank: row.rank, outcome: OUTCOME[row.status] ?? 'not picked' }));
  return { summary, seed: draw.seed, drawnAt: draw.drawnAt?.toISOString() ?? null, entries };
}

export interface FlaggedDraw {
  postId: string;
  title: string;
  handle: string;
  sharedCardAttempts: number;
  phase: DrawPhase;
}

/** The admin queue's draws: ones where accounts tried to enter with a card already entered by another. */
export async function listFlaggedDraws(db: DbOrTx, now = new Date()): Promise<FlaggedDraw[]> {
  const rows = await db
    .select({ draw: draws, title: posts.title, handle: brands.handle })
    .from(draws)
    .innerJoin(posts, eq(posts.id, draws.postId))
    .innerJoin(brands, eq(brands.id, draws.brandId))
    .where(gt(draws.sharedCardAttempts, 0))
    .orderBy(desc(draws.sharedCardAttempts))
    .limit(50);
  return rows.map(({ draw, title, handle }) => ({ postId: draw.postId, title, handle, sharedCardAttempts: draw.sharedCardAttempts, phase: drawPhase(draw, now) }));
}
