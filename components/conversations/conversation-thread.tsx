import Link from 'next/link';
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
  const [previews, pendingOrders] = await Promise.all([loadPostPreviews(db, linked), stillPayable(db, offered)]);
  const unread = side === 'buyer' ? conversation.buyerUnread : conversation.brandUnread;
  return (
    <section className="thread-view" aria-labelledby="thread-title">
      <header className="thread-view__head">
        <Link href={basePath} className="button button--ghost button--small thread-view__back" aria-label="Back to conversations">
          ←
        </Link>
        <div>
          <h1 id="thread-title" className="thread-view__title">
            {titleHref ? <Link href={titleHref}>{title}</Link> : title}
          </h1>
          {subtitle && <p className="muted thread-view__subtitle">{subtitle}</p>}
        </div>
      </header>
      {page.olderThan !== null && (
        <Link className="button button--ghost button--small" href={`${basePath}/${conversation.id}?before=${page.olderThan}`}>
          Older messages
        </Link>
      )}
      {before !== null && (
        <Link className="button button--ghost button--small" href={`${basePath}/${conversation.id}`}>
          Jump to the newest
        </Link>
      )}
      {page.messages.length === 0 ? (
        <p className="muted">No messages yet. Say hello — ask about sizes, shipping or an order.</p>
      ) : (
        <ol className="message-list" aria-label="Messages" aria-live="polite">
          {page.messages.map((message) => (
            <MessageItem key={message.id} message={message} side={side} previews={previews} pendingOrders={pendingOrders} />
          ))}
        </ol>
      )}
      <div id="thread-end" />
      {conversation.kind === 'brand' ? (
        <MessageComposer conversationId={conversation.id} side={side} draft={draft} />
      ) : (
        <p className="muted">Notices from Hashcart. This conversation takes no replies.</p>
      )}
      <ThreadLive conversationId={conversation.id} side={side} unread={unread} />
    </section>
  );
}
