'use client';
import { startTransition, useActionState } from 'react';
import { archivePost } from '@/lib/actions/studio/archive-post';

/** Archive with a confirmation, since it takes the post off sale at once. */
export function ArchivePostButton({ postId }: { postId: string }) {
  const [state, dispatch, pending] = useActionState(archivePost, null);
  return (
    <>
      <button
        type="button"
        className="button button--ghost button--small"
        disabled={pending}
        onClick={() => {
          if (window.confirm('Archive this post? It goes off sale and out of the feeds; its orders stay.')) startTransition(() => dispatch({ postId }));
        }}
      >
        {pending ? 'Archiving…' : 'Archive'}
      </button>
      {state && !state.ok && (
        <span className="field-error" role="alert">
          {state.message}
        </span>
      )}
    </>
  );
}
