// Read-side tables that let every feed be served by an index in the order it shows posts: a post's
// hashtags and each follower's timeline, both carrying the post's published_at so the keyset order
// lives in the index rather than in a sort over posts.
import { relations } from 'drizzle-orm';
import { index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns';
import { users } from './accounts';
import { posts } from './catalog';

// Written by lib/catalog/hashtags.ts whenever a post's body is written; published_at is kept in step
// with posts by the trigger in migration 0008_feed_indexes.
export const postHashtags = pgTable(
  'post_hashtags',
  {
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    /** Normalised: NFKC, lower case, Unicode letters, marks, digits and '_' (see normalizeTag). */
    tag: text('tag').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true, precision: 3 }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.postId, t.tag] }),
    index('post_hashtags_tag_keyset_idx').on(t.tag, t.publishedAt.desc(), t.postId.desc()),
  ],
);

// The following feed, fanned out on write: one row per (follower, post of a followed brand), filled
// by triggers on posts and follows (migration 0008_feed_indexes). Why fan-out rather than merging
// per-brand index probes at read time: a merge costs one index descent per followed brand on every
// page (2,000 brands = 2,000 probes and a sort of their heads), while a timeline row makes every page
// one range scan of ~limit rows whatever the reader follows. The write cost is a row per follower
// per post — small for shops (brands have thousands of followers, not millions) and paid once.
export const feedEntries = pgTable(
  'feed_entries',
  {
    followerId: text('follower_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    publishedAt: timestamp('published_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    primaryKey({ columns: [t.followerId, t.postId] }),
    index('feed_entries_keyset_idx').on(t.followerId, t.publishedAt.desc(), t.postId.desc()),
    index('feed_entries_post_id_idx').on(t.postId),
  ],
);

export const postHashtagsRelations = relations(postHashtags, ({ one }) => ({
  post: one(posts, { fields: [postHashtags.postId], references: [posts.id] }),
}));

export type PostHashtag = typeof postHashtags.$inferSelect;
