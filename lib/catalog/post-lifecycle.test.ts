// Every post status × every transition, against Postgres: an allowed transition moves the post;
// any other changes nothing and reports so.
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/open';
import { posts, type Post } from '@/db/schema';
import { testDb } from '@/test/database';
import { makeBrand, makePost } from '@/test/factories';
import { canMovePost, POST_STATUSES, POST_TRANSITIONS, type PostStatus, type PostTransition } from './post-lifecycle';
import { approveHeldPost, archiveOwnPost, hidePosts, holdPostForReview, publishPostNow, requeueHiddenPost, restoreHiddenPost } from './post-transitions';

let db: Db;
let brandId: string;
const PUBLISHED_AT = new Date('2026-01-02T03:04:05Z');

beforeAll(async () => {
  db = await testDb();
  brandId = (await makeBrand(db)).id;
});

async function postIn(status: PostStatus): Promise<Post> {
  const post = await makePost(db, brandId, { publish: false });
  const [moved] = await db.update(posts).set({ status, publishedAt: PUBLISHED_AT }).where(eq(posts.id, post.id)).returning();
  return moved!;
}

const reread = async (post: Post) => (await db.select().from(posts).where(eq(posts.id, post.id)))[0]!;

/** Each transition through the function callers use, reporting whether it moved the post. */
const APPLY: Record<PostTransition, (post: Post) => Promise<boolean>> = {
  publish: async (p) => (await publishPostNow(db, p.id, brandId)) !== null,
  holdForReview: async (p) => (await holdPostForReview(db, p.id)) !== null,
  approve: async (p) => (await approveHeldPost(db, p.id)) !== null,
  hide: async (p) => (await hidePosts(db, [p.id])).length === 1,
  restore: async (p) => (await restoreHiddenPost(db, p.id)) !== null,
  requeue: async (p) => (await requeueHiddenPost(db, p.id)) !== null,
  archive: async (p) => (await archiveOwnPost(db, p.id, brandId)) !== null,
};

/** Where the publish time ends up: now, or kept. */
const PUBLISHED_AT_AFTER: Partial<Record<PostTransition, 'now'>> = { publish: 'now', approve: 'now' };

describe('the post lifecycle', () => {
  it('allows exactly these moves (x), so a change to the table is a deliberate one', () => {
    const columns = ['publish', 'holdForReview', 'approve', 'hide', 'restore', 'requeue', 'archive'] as const;
    expect(Object.keys(POST_TRANSITIONS).sort()).toEqual([...columns].sort());
    const expected = `
      draft           x x . . . . x
      pending_review  . . x x . . x
      published       . . . x . . x
      hidden          . . . . x x .
      archived        x x . . . . .`;
    const actual = POST_STATUSES.map((status) => `${status.padEnd(16)}${columns.map((name) => (canMovePost(status, name) ? 'x' : '.')).join(' ')}`);
    expect(actual).toEqual(expected.trim().split('\n').map((line) => line.trim()));
  });

  for (const status of POST_STATUSES) {
    for (const [name, apply] of Object.entries(APPLY) as [PostTransition, (post: Post) => Promise<boolean>][]) {
      const allowed = canMovePost(status, name);
      it(`${name} from ${status}: ${allowed ? 'moves' : 'changes nothing'}`, async () => {
        const post = await postIn(status);
        const before = await reread(post);
        const started = Date.now();
        expect(await apply(post)).toBe(allowed);
        const after = await reread(post);
        if (!allowed) return expect(after).toEqual(before);
        expect(after.status).toBe(POST_TRANSITIONS[name].to);
        const publishedAt = PUBLISHED_AT_AFTER[name];
        if (publishedAt === 'now') expect(after.publishedAt!.getTime()).toBeGreaterThanOrEqual(started - 1000);
        else expect(after.publishedAt).toEqual(publishedAt ?? PUBLISHED_AT);
      });
    }
  }

  it('moves only the brand’s own post where the move is the brand’s', async () => {
    const other = (await makeBrand(db)).id;
    const post = await postIn('draft');
    expect(await publishPostNow(db, post.id, other)).toBeNull();
    expect(await archiveOwnPost(db, post.id, other)).toBeNull();
    expect((await reread(post)).status).toBe('draft');
  });
});
