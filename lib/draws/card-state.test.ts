// A feed card's draw line: the state read for a page of posts, and the live news that keeps it
// current — entries announced by the database (migration 0016) reach the post's subscribers on
// another instance as the new count, coalesced; the close announces the new state.
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Database } from '@/db/open';
import { drawEntries } from '@/db/schema';
import { twoInstances } from '@/test/two-instances';
import { makeBrand, makeDrawPost, makePost, makeUser } from '@/test/factories';
import { subscribe, STOCK_WINDOW_MS, type Delivered } from '@/lib/live/hub';
import { loadPostDetails } from '@/lib/catalog/feed';
import { readDrawCardStates } from './card-state';
import { makeDraw } from './run';

const instances = twoInstances();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));


/** Entries written straight to the table: the count and the announcements are what is tested here. */
async function addEntries(db: Database['db'], drawId: string, variantId: string, n: number, status: 'entered' | 'withdrawn' = 'entered') {
  for (let i = 0; i < n; i++) {
    const user = await makeUser(db);
    await db.insert(drawEntries).values({ drawId, userId: user.id, variantId, paymentMethodId: `pm_${user.id}`, cardFingerprint: `fp_${user.id}`, cardSummary: 'Visa •••4242', status });
  }
}

describe('draw state on feed cards', () => {
  it('counts live entries (not withdrawn ones) for the posts of a feed page, and none for posts without a draw', async () => {
    const db = instances.listening.db;
    const { post, variant, draw } = await makeDrawPost(db);
    const plain = await makePost(db, (await makeBrand(db)).id);
    await addEntries(db, draw.id, variant.id, 3);
    await addEntries(db, draw.id, variant.id, 2, 'withdrawn');
    const states = await readDrawCardStates(db, [post.id, plain.id]);
    expect(states.get(post.id)).toMatchObject({ status: 'open', entered: 3, closesAt: draw.closesAt.toISOString() });
    expect(states.has(plain.id)).toBe(false);
    const [card, other] = await loadPostDetails(db, [post.id, plain.id]);
    expect(card!.draw).toMatchObject({ status: 'open', entered: 3 });
    expect(other!.draw).toBeNull();
  });

  it('entries on another instance reach the post subscribers as the new count, coalesced; the close announces "drawn"', async () => {
    const { post, variant, draw } = await makeDrawPost(instances.other.db);
    const seen: Delivered[] = [];
    const stop = await subscribe(instances.listening, [`post:${post.id}`], (notice) => seen.push(notice));
    await addEntries(instances.other.db, draw.id, variant.id, 12);
    await sleep(STOCK_WINDOW_MS * 3);
    const draws = seen.filter((notice) => notice.t === 'draw');
    expect(draws.length).toBeGreaterThanOrEqual(1);
    expect(draws.length).toBeLessThan(12);
    expect(draws.at(-1)).toMatchObject({ t: 'draw', post: post.id, draw: { status: 'open', entered: 12 } });

    await instances.other.db.execute(sql`update draws set closes_at = now() - interval '1 second', opens_at = now() - interval '1 hour' where id = ${draw.id}`);
    expect(await makeDraw(instances.other.db, draw.id)).toBe(true);
    await sleep(STOCK_WINDOW_MS * 3);
    expect(seen.filter((notice) => notice.t === 'draw').at(-1)).toMatchObject({ draw: { status: 'drawn', entered: 12 } });
    stop();
  });
});
