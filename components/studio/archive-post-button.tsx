'use client';
import { archivePost } from '@/lib/actions/studio/archive-post';
import { ConfirmActionButton } from '@/components/form/confirm-action-button';

/** Archive with a confirmation, since it takes the post off sale at once. */
export function ArchivePostButton({ postId }: { postId: string }) {
  return (
    <ConfirmActionButton
      action={archivePost}
      input={{ postId }}
      confirm="Archive this post? It goes off sale and out of the feeds; its orders stay."
      label="Archive"
      pendingLabel="Archiving…"
    />
  );
}
