import Link from 'next/link';
import type { HeldPost } from '@/lib/moderation/review';
import { approvePostAction } from '@/lib/actions/admin/approve-post';
import { hidePostAction } from '@/lib/actions/admin/hide-post';
import { trustBrandAction } from '@/lib/actions/admin/trust-brand';
import { formatMoney } from '@/lib/money';
import { ModerationForm } from './moderation-form';

export function HeldPostCard({ post }: { post: HeldPost }) {
  return (
    <article className="card stack admin-item" aria-label={`Held post by @${post.brand.handle}`}>
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <Link href={`/p/${post.id}`}>
          <strong>@{post.brand.handle}</strong> · {post.title}
        </Link>
        <time className="muted" dateTime={post.heldAt.toISOString()}>
          waiting since {post.heldAt.toISOString().slice(0, 16).replace('T', ' ')} UTC
        </time>
      </div>
      <ul className="admin-reasons">
        {post.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <p className="muted" style={{ margin: 0 }}>
        {post.variants.map((variant) => `${variant.label} ${formatMoney(variant.priceMinor, variant.currency)}`).join(' · ')}
      </p>
      <div className="admin-actions">
        <ModerationForm action={approvePostAction} target={{ targetId: post.id }} label="Approve" />
        <ModerationForm action={hidePostAction} target={{ targetId: post.id }} label="Hide post" danger />
        {!post.brand.trustedAt && <ModerationForm action={trustBrandAction} target={{ targetId: post.brandId }} label="Trust brand" />}
      </div>
    </article>
  );
}
