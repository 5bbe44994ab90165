// What a feed card says about a post's draw — its window, its state and how many have entered —
// read for a page of posts at once, and again for the live stream when entries or the state change.
import 'server-only';
import { inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/open';
import { draws } from '@/db/schema';

export interface DrawCardState {
  status: 'open' | 'drawn' | 'finished';
  opensAt: string;
  closesAt: string;
  /** Live entries while open; the entries that took part once drawn (withdrawn and void ones never count). */
  entered: number;
}

export async function readDrawCardStates(db: DbOrTx, postIds: string[]): Promise<Map<string, DrawCardState>> {
  if (postIds.length === 0) return new Map();
  const rows = await db
    .select({
      postId: draws.postId,
      status: draws.status,
      opensAt: draws.opensAt,
      closesAt: draws.closesAt,
      entered: sql<number>`(select count(*) from draw_entries e where e.draw_id = draws.id and e.status not in ('withdrawn', 'void'))::int`,
    })
    .from(draws)
    .where(inArray(draws.postId, postIds));
  return new Map(rows.map(({ postId, opensAt, closesAt, ...state }) => [postId, { ...state, opensAt: opensAt.toISOString(), closesAt: closesAt.toISOString() }]));
}
