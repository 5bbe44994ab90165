import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Db } from '@/db/open';
import type { Conversation } from '@/db/schema';
import type { Side } from '@/lib/conversations/catalog';
import { loadPostPreviews, splitPostLinks } from '@/lib/conversations/post-links';
import { readThread, stillPayable } from '@/lib/conversations/read';
import { MessageItem } from './message-item';
import { MessageComposer } from './message-composer';
import { ThreadLive } from './thread-live';

interface Props {
  db: Db;
  conversation: Conversation;
  side: Side;
  title: string;
  subtitle?: string | null;
  titleHref?: string | null;
  basePath: string;
  before: number | null;
  draft?: string;
}

/** One conversation: its messages (a page at a time, newest last), cards, live updates and the composer. */
export async function ConversationThread({ db, conversation, side, title, subtitle, titleHref, basePath, before, draft }: Props) {
  const page = await readThread(db, conversation, side, { before });
  const linked = page.messages.flatMap((message) => (message.body && !message.removedAt ? splitPostLinks(message.body).flatMap((part) => (part.kind === 'post' ? [part.postId] : [])) : []));
  const offered = page.messages.flatMap((message) => (message.messageKey === 'order.waitlist_offer' && message.orderId ? [message.orderId] : []));
  const [previews, pendingOrders, t] = await Promise.all([loadPostPreviews(db, linked), stillPayable(db, offered), getTranslations('inbox.thread')]);
  const unread = side === 'buyer' ? conversation.buyerUnread : conversation.brandUnread;
  return (
    <section className="thread-view" aria-labelledby="thread-title">
      <header className="thread-view__head">
        <Link href={basePath} className="button button--ghost button--small thread-view__back" aria-label={t('back')}>
          ←
        </Link>
        <div>
          <h1 id="thread-title" className="thread-view__title">
            {titleHref ? <Link href={titleHref}>{title}</Link> : title}
          </h1>
          {(conversation.kind === 'system' || subtitle) && <p className="muted thread-view__subtitle">{conversation.kind === 'system' ? t('systemSubtitle') : subtitle}</p>}
        </div>
      </header>
      {page.olderThan !== null && (
        <Link className="button button--ghost button--small" href={`${basePath}/${conversation.id}?before=${page.olderThan}`}>
          {t('older')}
        </Link>
      )}
      {before !== null && (
        <Link className="button button--ghost button--small" href={`${basePath}/${conversation.id}`}>
          {t('newest')}
        </Link>
      )}
      {page.messages.length === 0 ? (
        <p className="muted">{t('empty')}</p>
      ) : (
        <ol className="message-list" aria-label={t('messages')} aria-live="polite">
          {page.messages.map((message) => (
            <MessageItem key={message.id} message={message} side={side} previews={previews} pendingOrders={pendingOrders} />
          ))}
        </ol>
      )}
      <div id="thread-end" />
      {conversation.kind === 'brand' ? (
        <MessageComposer conversationId={conversation.id} side={side} draft={draft} />
      ) : (
        <p className="muted">{t('systemOnly')}</p>
      )}
      <ThreadLive conversationId={conversation.id} side={side} unread={unread} />
    </section>
  );
}
