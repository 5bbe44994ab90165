// What an admin can do right where the content is: on a post page and on a brand page.
import type { Post } from '@/db/schema';
import type { BrandModeration } from '@/lib/viewer/viewer-state';
import { hidePostAction } from '@/lib/actions/admin/hide-post';
import { restorePostAction } from '@/lib/actions/admin/restore-post';
import { suspendBrandAction } from '@/lib/actions/admin/suspend-brand';
import { liftSuspensionAction } from '@/lib/actions/admin/lift-suspension';
import { trustBrandAction } from '@/lib/actions/admin/trust-brand';
import { banUserAction } from '@/lib/actions/admin/ban-user';
import { ModerationForm } from './moderation-form';
import { useTranslations } from 'next-intl';

export function PostAdminTools({ post }: { post: Pick<Post, 'id' | 'status'> }) {
  const t = useTranslations('admin');
  return (
    <section className="card stack admin-tools" aria-label={t('tools.label')}>
      <h2 className="admin-tools__title">{t('tools.title')}</h2>
      {post.status === 'hidden' ? (
        <ModerationForm id={`post-${post.id}`} decisions={[{ action: restorePostAction, target: { targetId: post.id }, label: t('decisions.restore') }]} />
      ) : post.status === 'published' ? (
        <ModerationForm id={`post-${post.id}`} decisions={[{ action: hidePostAction, target: { targetId: post.id }, label: t('decisions.hidePost'), danger: true }]} />
      ) : (
        <p className="muted">{t('tools.decideInQueue', { status: post.status })}</p>
      )}
    </section>
  );
}

export function BrandAdminTools({ brand }: { brand: BrandModeration }) {
  const t = useTranslations('admin');
  return (
    <section className="card stack admin-tools" aria-label={t('tools.label')}>
      <h2 className="admin-tools__title">{t('tools.title')}</h2>
      <ModerationForm
        id={`brand-${brand.brandId}`}
        decisions={[
          brand.suspended
            ? { action: liftSuspensionAction, target: { targetId: brand.brandId }, label: t('decisions.liftSuspension') }
            : { action: suspendBrandAction, target: { targetId: brand.brandId }, label: t('decisions.suspendBrand'), danger: true },
          ...(brand.trusted ? [] : [{ action: trustBrandAction, target: { targetId: brand.brandId }, label: t('decisions.markTrusted') }]),
          { action: banUserAction, target: { targetId: brand.ownerId }, label: t('decisions.banOwner'), danger: true },
        ]}
      />
    </section>
  );
}
