import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { ConversationMessage } from '@/db/schema';
import { renderMessage, type Side } from '@/lib/conversations/catalog';
import { splitPostLinks, type PostPreview } from '@/lib/conversations/post-links';
import { useFormatMoney } from '@/components/locale/money';
import { Countdown } from '@/components/replies/countdown';
import { ReportButton } from '@/components/admin/report-button';
import { reportMessageAction } from '@/lib/actions/conversations/report-message';
import { RelativeTime } from './relative-time';
import { useWording } from './use-wording';

function PostLinkCard({ preview }: { preview: PostPreview }) {
  const t = useTranslations('inbox.thread');
  const money = useFormatMoney();
  return (
    <Link href={`/p/${preview.id}`} className="post-link-card">
      {preview.imageUrl && <img src={preview.imageUrl} alt="" />}
      <span>
        <strong>{preview.title}</strong>
        <span className="muted">
          @{preview.handle}
          {preview.priceMinor !== null && preview.currency && ` · ${t('fromPrice', { price: money(preview.priceMinor, preview.currency) })}`}
        </span>
      </span>
    </Link>
  );
}

function MessageText({ text, previews }: { text: string; previews: Map<string, PostPreview> }) {
  return (
    <>
      {splitPostLinks(text).map((part, index) => {
        if (part.kind === 'text') return <span key={index}>{part.text}</span>;
        const preview = previews.get(part.postId);
        return preview ? <PostLinkCard key={index} preview={preview} /> : <Link key={index} href={`/p/${part.postId}`}>{part.text}</Link>;
      })}
    </>
  );
}

interface Props {
  message: ConversationMessage & { authorName: string | null };
  side: Side;
  previews: Map<string, PostPreview>;
  /** Current status of orders named by waitlist offers: only a still-open offer shows Pay. */
  pendingOrders: Set<string>;
}

export function MessageItem({ message, side, previews, pendingOrders }: Props) {
  const t = useTranslations('inbox.thread');
  const wording = useWording();
  if (message.sender === 'system') {
    const card = renderMessage(message.messageKey ?? '', message.params, side, wording);
    const offerOpen = message.messageKey === 'order.waitlist_offer' && message.orderId !== null && pendingOrders.has(message.orderId);
    return (
      <li className={`message-card${card.title ? '' : ' message-card--notice'}`} data-key={message.messageKey ?? undefined}>
        {card.title && <strong className="message-card__title">{card.title}</strong>}
        <p>{card.text}</p>
        <div className="row">
          {offerOpen && side === 'buyer' && (
            <>
              <Link className="button button--small" href={card.href ?? '#'}>
                {t('payNow')}
              </Link>
              {typeof message.params.expiresAt === 'string' && <Countdown until={message.params.expiresAt} />}
            </>
          )}
          {card.href && !offerOpen && (
            <Link className="button button--ghost button--small" href={card.href}>
              {message.orderId ? t('viewOrder') : t('open')}
            </Link>
          )}
          <RelativeTime date={message.createdAt} />
        </div>
      </li>
    );
  }
  const mine = message.sender === side;
  return (
    <li className={`message${mine ? ' message--mine' : ''}`}>
      <div className="message__bubble">
        {message.removedAt ? <em className="muted">{t('removed')}</em> : <MessageText text={message.body ?? ''} previews={previews} />}
      </div>
      <div className="message__meta">
        {/* Inside the brand, who of the team answered. */}
        {message.sender === 'brand' && side === 'brand' && message.authorName && <span className="muted">{message.authorName}</span>}
        <RelativeTime date={message.createdAt} />
        {!mine && !message.removedAt && <ReportButton targetType="message" targetId={message.id} signedIn nextPath="/inbox" action={reportMessageAction} />}
      </div>
    </li>
  );
}
