// What the owner (or an admin) reads on a post page when the post is not public.
import type { Post } from '@/db/schema';

export const POST_STATUS_NOTICE: Record<Post['status'], string> = {
  draft: 'This post is a draft: only you can see it.',
  published: '',
  archived: 'This post is archived: only you can see it.',
  pending_review: 'This post is waiting for review by an admin. It will appear in feeds once approved.',
  hidden: 'An admin hid this post: it is not in feeds and cannot be bought. Your inbox has the reason.',
  removed: 'An admin removed this post.',
};
