// Scheduled work shared by every app process and instance: which tick of each job has been claimed.
import { bigint, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { createdAt } from './columns';

// One row per job. A runner claims a tick by moving last_tick forward; only one runner can.
export const scheduledJobs = pgTable('scheduled_jobs', {
  name: text('name').primaryKey(),
  lastTick: bigint('last_tick', { mode: 'number' }).notNull(),
  ranAt: timestamp('ran_at', { withTimezone: true }).notNull().defaultNow(),
  createdAt: createdAt(),
});

export type ScheduledJobRow = typeof scheduledJobs.$inferSelect;
