// The post lifecycle, written once: every named transition and the statuses it may start from.
// ./post-transitions.ts applies them as conditional UPDATEs (nothing else writes posts.status);
// post-lifecycle.test.ts walks every status × every transition against Postgres.
import type { Post } from '@/db/schema';

export type PostStatus = Post['status'];

export const POST_STATUSES = ['draft', 'pending_review', 'published', 'hidden', 'archived'] as const satisfies readonly PostStatus[];

interface Transition {
  from: readonly PostStatus[];
  to: PostStatus;
}

export const POST_TRANSITIONS = {
  /** The brand publishes a draft, or puts an archived post back on sale: it goes out now. */
  publish: { from: ['draft', 'archived'], to: 'published' },
  /** The brand publishes, but the moderation rules hold the post for an admin first. */
  holdForReview: { from: ['draft', 'archived'], to: 'pending_review' },
  /** An admin lets a held post out. */
  approve: { from: ['pending_review'], to: 'published' },
  /** An admin (or a brand's suspension) takes a post down: out of feeds, not buyable. */
  hide: { from: ['published', 'pending_review'], to: 'hidden' },
  /** An admin (or a lifted suspension) brings a hidden post back, at its old publish time. */
  restore: { from: ['hidden'], to: 'published' },
  /** A lifted suspension puts a post that was waiting for review back in the queue. */
  requeue: { from: ['hidden'], to: 'pending_review' },
  /** The brand takes its post off sale and out of feeds; its orders stay. A moderator's takedown stays one. */
  archive: { from: ['draft', 'pending_review', 'published'], to: 'archived' },
} as const satisfies Record<string, Transition>;

export type PostTransition = keyof typeof POST_TRANSITIONS;

/** The statuses a post may be created in (an INSERT, from no status); a post scheduled in the composer is created published with a future publish time, which feeds wait for. */
export const NEW_POST_STATUSES = ['draft', 'pending_review', 'published'] as const satisfies readonly PostStatus[];

export function canMovePost(status: PostStatus, transition: PostTransition): boolean {
  return (POST_TRANSITIONS[transition].from as readonly PostStatus[]).includes(status);
}
