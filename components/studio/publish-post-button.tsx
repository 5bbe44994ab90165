'use client';
import { useTranslations } from 'next-intl';
import { publishPost } from '@/lib/actions/studio/publish-post';
import { ConfirmActionButton } from '@/components/form/confirm-action-button';

/** Publish a draft or an archived post, with a confirmation, since it puts the post on sale at once. */
export function PublishPostButton({ postId }: { postId: string }) {
  const t = useTranslations('studio.publish');
  return <ConfirmActionButton action={publishPost} input={{ postId }} confirm={t('confirm')} label={t('label')} pendingLabel={t('pending')} showSuccess />;
}
