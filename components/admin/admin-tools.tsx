// What an admin can do right where the content is: on a post page and on a brand page.
import type { Brand, Post } from '@/db/schema';
import { POST_STATUS } from '@/lib/vocabulary/statuses';
import { hidePostAction } from '@/lib/actions/admin/hide-post';
import { restorePostAction } from '@/lib/actions/admin/restore-post';
import { suspendBrandAction } from '@/lib/actions/admin/suspend-brand';
import { liftSuspensionAction } from '@/lib/actions/admin/lift-suspension';
import { trustBrandAction } from '@/lib/actions/admin/trust-brand';
import { banUserAction } from '@/lib/actions/admin/ban-user';
import { ModerationForm } from './moderation-form';

export function PostAdminTools({ post }: { post: Pick<Post, 'id' | 'status'> }) {
  return (
    <section className="card stack admin-tools" aria-label="Admin tools">
      <h2 className="admin-tools__title">Admin</h2>
      {post.status === 'hidden' ? (
        <ModerationForm action={restorePostAction} target={{ targetId: post.id }} label="Restore" />
      ) : post.status === 'published' ? (
        <ModerationForm action={hidePostAction} target={{ targetId: post.id }} label="Hide post" danger />
      ) : (
        <p className="muted">This post is {POST_STATUS[post.status].label.toLowerCase()}; decide on it in the review queue.</p>
      )}
    </section>
  );
}

export function BrandAdminTools({ brand }: { brand: Pick<Brand, 'id' | 'ownerId' | 'suspendedAt' | 'trustedAt'> }) {
  return (
    <section className="card stack admin-tools" aria-label="Admin tools">
      <h2 className="admin-tools__title">Admin</h2>
      {brand.suspendedAt ? (
        <ModerationForm action={liftSuspensionAction} target={{ targetId: brand.id }} label="Lift suspension" />
      ) : (
        <ModerationForm action={suspendBrandAction} target={{ targetId: brand.id }} label="Suspend brand" danger />
      )}
      {!brand.trustedAt && <ModerationForm action={trustBrandAction} target={{ targetId: brand.id }} label="Mark trusted" />}
      <ModerationForm action={banUserAction} target={{ targetId: brand.ownerId }} label="Ban owner" danger />
    </section>
  );
}
