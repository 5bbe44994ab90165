'use client';
import { useTranslations } from 'next-intl';
import { archivePost } from '@/lib/actions/studio/archive-post';
import { ConfirmActionButton } from '@/components/form/confirm-action-button';

/** Archive with a confirmation, since it takes the post off sale at once. */
export function ArchivePostButton({ postId }: { postId: string }) {
  const t = useTranslations('studio.archive');
  return (
    <ConfirmActionButton
      action={archivePost}
      input={{ postId }}
      confirm={t('confirm')}
      label={t('label')}
      pendingLabel={t('pending')}
    />
  );
}
