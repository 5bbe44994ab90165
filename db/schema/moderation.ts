// Moderation: reports, pre-publication reviews, prohibited terms and the append-only audit log.
import { sql } from 'drizzle-orm';
import { index, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns';
import { users } from './accounts';
import { posts } from './catalog';

// Reports from users, posts held for review, the prohibited-terms rule and the append-only
// audit log of every admin action (Mastodon's model: the log keeps a readable target name).
export const reportReason = pgEnum('report_reason', ['counterfeit', 'prohibited_item', 'scam', 'offensive', 'other']);
export const moderationTargetType = pgEnum('moderation_target_type', ['post', 'reply', 'brand', 'user', 'term', 'message']);
export const reportStatus = pgEnum('report_status', ['open', 'actioned', 'dismissed']);
export const moderationActionKind = pgEnum('moderation_action_kind', [
  'approve_post',
  'hide_post',
  'restore_post',
  'remove_reply',
  'suspend_brand',
  'lift_suspension',
  'trust_brand',
  'ban_user',
  'dismiss_reports',
  'add_term',
  'remove_term',
  'remove_message',
]);

export const reports = pgTable(
  'reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reporterId: text('reporter_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    // No foreign key on the target: a report (and its outcome) outlives a deleted reply or post.
    targetType: moderationTargetType('target_type').notNull(),
    targetId: text('target_id').notNull(),
    reason: reportReason('reason').notNull(),
    note: text('note').notNull().default(''),
    status: reportStatus('status').notNull().default('open'),
    resolvedById: text('resolved_by_id').references(() => users.id, { onDelete: 'set null' }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('reports_open_target_idx').on(t.targetType, t.targetId).where(sql`${t.status} = 'open'`),
    index('reports_reporter_id_idx').on(t.reporterId),
    index('reports_resolved_by_id_idx').on(t.resolvedById),
    // One open report per user and target; once resolved they may report it again.
    uniqueIndex('reports_one_open_per_reporter_target').on(t.reporterId, t.targetType, t.targetId).where(sql`${t.status} = 'open'`),
  ],
);

// Why a post waits in pending_review; the row goes when an admin decides.
export const postReviews = pgTable('post_reviews', {
  postId: uuid('post_id')
    .primaryKey()
    .references(() => posts.id, { onDelete: 'cascade' }),
  reasons: jsonb('reasons').$type<string[]>().notNull(),
  createdAt: createdAt(),
});

export const prohibitedTerms = pgTable(
  'prohibited_terms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    term: text('term').notNull(),
    createdById: text('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('prohibited_terms_term_unique').on(sql`lower(${t.term})`), index('prohibited_terms_created_by_id_idx').on(t.createdById)],
);

// Append-only: nothing in the app updates or deletes these rows.
export const moderationActions = pgTable(
  'moderation_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    actorId: text('actor_id').references(() => users.id, { onDelete: 'set null' }),
    actorName: text('actor_name').notNull(),
    action: moderationActionKind('action').notNull(),
    targetType: moderationTargetType('target_type').notNull(),
    targetId: text('target_id').notNull(),
    targetName: text('target_name').notNull(),
    reason: text('reason').notNull(),
    changes: jsonb('changes').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [
    index('moderation_actions_created_at_idx').on(t.createdAt.desc()),
    index('moderation_actions_actor_id_idx').on(t.actorId),
    index('moderation_actions_target_idx').on(t.targetType, t.targetId),
  ],
);

export type Report = typeof reports.$inferSelect;
export type PostReview = typeof postReviews.$inferSelect;
export type ProhibitedTerm = typeof prohibitedTerms.$inferSelect;
export type ModerationAction = typeof moderationActions.$inferSelect;
