import Link from 'next/link';
import type { HeldPost } from '@/lib/moderation/review';
import { approvePostAction } from '@/lib/actions/admin/approve-post';
import { hidePostAction } from '@/lib/actions/admin/hide-post';
import { trustBrandAction } from '@/lib/actions/admin/trust-brand';
import { useFormatter, useTranslations } from 'next-intl';
import { formatMoneyWith } from '@/lib/i18n/format-money';
import { parseHeldReason } from '@/lib/moderation/held-reasons';
import { ModerationForm } from './moderation-form';
import { ReportedPreview } from './reported-preview';

export function HeldPostCard({ post }: { post: HeldPost }) {
  const t = useTranslations('admin');
  const format = useFormatter();
  const tRoot = useTranslations();
  // A key known only at run time (stored with the hold); its money is written in the post's currency.
  const say = tRoot as unknown as (key: string, params?: object, formats?: object) => string;
  const reasonText = (stored: string) => {
    const reason = parseHeldReason(stored);
    if (!reason) return stored;
    const currency = reason.params?.currency;
    return say(reason.key, reason.params, typeof currency === 'string' ? { number: { money: { style: 'currency', currency } } } : undefined);
  };
  return (
    <article className="card stack admin-item" aria-label={t('held.label', { handle: post.brand.handle })}>
      <div className="row row--spread">
        <Link href={`/p/${post.id}`}>
          <strong>@{post.brand.handle}</strong> · {post.title}
        </Link>
        <time className="muted" dateTime={post.heldAt.toISOString()}>
          {t('held.waitingSince', { heldAt: post.heldAt })}
        </time>
      </div>
      <ul className="admin-reasons">
        {post.reasons.map((reason) => (
          <li key={reason}>{reasonText(reason)}</li>
        ))}
      </ul>
      <p className="muted flush">
        {post.variants.map((variant) => `${variant.label} ${formatMoneyWith(format, variant.priceMinor, variant.currency)}`).join(' · ')}
      </p>
      <ReportedPreview content={{ title: post.title, text: post.body, images: post.images }} />
      <ModerationForm
        id={`held-${post.id}`}
        decisions={[
          { action: approvePostAction, target: { targetId: post.id }, label: t('decisions.approve') },
          { action: hidePostAction, target: { targetId: post.id }, label: t('decisions.hidePost'), danger: true },
          ...(post.brand.trustedAt ? [] : [{ action: trustBrandAction, target: { targetId: post.brandId }, label: t('decisions.trustBrand') }]),
        ]}
      />
    </article>
  );
}
