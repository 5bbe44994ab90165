'use client';
import { useTranslations } from 'next-intl';
import { sayWith } from '@/lib/i18n/say';
import { replyText } from '@/lib/replies/brand-answer';
import type { StripeBrowserConfig } from '@/lib/payments/stripe-config';
import type { CheckoutSession } from '@/lib/checkout/start-checkout';
import type { ReplyView } from '@/lib/replies/thread';
import { RichText } from '@/components/post/rich-text';
import { PublishedDate } from '@/components/post/published-date';
import { ReplyPurchase } from './reply-purchase';
import { ReportButton } from '@/components/admin/report-button';

interface Props {
  reply: ReplyView;
  /** The reader's buying tag, which the brand's answers suggest ("reply #kaufen M"). */
  buyHashtag: string;
  stripeConfig: StripeBrowserConfig;
  onChanged: () => Promise<void>;
  onCheckout: (session: CheckoutSession) => void;
  /** Where a signed-out reader returns after signing in to report; null when signed in. */
  signInReturn: string | null;
}

export function ReplyItem({ reply, buyHashtag, stripeConfig, onChanged, onCheckout, signInReturn }: Props) {
  const t = useTranslations('replies.item');
  const text = replyText(reply, sayWith(useTranslations()), buyHashtag);
  return (
    <li className={`reply${reply.brand ? ' reply--brand' : ''}`} aria-label={t('from', { name: reply.authorName })}>
      <div className="reply__meta">
        {reply.brand?.avatarUrl && <img className="avatar avatar--small" src={reply.brand.avatarUrl} alt="" />}
        <strong>{reply.authorName}</strong>
        {reply.brand && <span className="reply__tag">@{reply.brand.handle}</span>}
        {reply.bought && <span className="badge-bought">{t('bought')}</span>}
        <span className="muted">
          · <PublishedDate iso={reply.createdAt} />
        </span>
      </div>
      <p className="reply__body">
        <RichText text={text} />
      </p>
      {!reply.brand && !reply.own && <ReportButton targetType="reply" targetId={reply.id} signedIn={signInReturn === null} nextPath={signInReturn ?? '/'} />}
      {reply.purchase && <ReplyPurchase purchase={reply.purchase} stripeConfig={stripeConfig} onChanged={onChanged} onCheckout={onCheckout} />}
    </li>
  );
}
