import Link from 'next/link';
import type { ConversationSummary, ListCursor } from '@/lib/conversations/read';
import { renderMessage, type Side } from '@/lib/conversations/catalog';
import { RelativeTime } from './relative-time';

function preview(conversation: ConversationSummary, side: Side): string {
  const last = conversation.last;
  if (!last) return 'No messages yet';
  if (last.removedAt) return 'Message removed';
  if (last.body !== null) return `${last.sender === side ? 'You: ' : ''}${last.body}`;
  const rendered = renderMessage(last.messageKey ?? '', last.params, side);
  return rendered.title ? `${rendered.title} · ${rendered.text}` : rendered.text;
}

function Avatar({ conversation }: { conversation: ConversationSummary }) {
  if (conversation.avatarUrl) return <img className="avatar" src={conversation.avatarUrl} alt="" />;
  const initial = conversation.kind === 'system' ? '#' : (conversation.name.trim()[0] ?? '?').toUpperCase();
  return (
    <span className={`avatar avatar--initial${conversation.kind === 'system' ? ' avatar--system' : ''}`} aria-hidden>
      {initial}
    </span>
  );
}

interface Props {
  items: ConversationSummary[];
  side: Side;
  basePath: string;
  activeId?: string;
  next: ListCursor | null;
  /** The query to keep when paging (filters). */
  query?: Record<string, string>;
  empty: string;
}

/** A list of conversations, newest first, each with its unread count; pages by keyset. */
export function ConversationList({ items, side, basePath, activeId, next, query = {}, empty }: Props) {
  if (items.length === 0) return <p className="empty card">{empty}</p>;
  return (
    <nav aria-label="Conversations">
      <ul className="conversation-list">
        {items.map((conversation) => (
          <li key={conversation.id}>
            <Link
              href={`${basePath}/${conversation.id}`}
              className={`conversation-row${conversation.unread > 0 ? ' conversation-row--unread' : ''}`}
              aria-current={conversation.id === activeId ? 'page' : undefined}
            >
              <Avatar conversation={conversation} />
              <span className="conversation-row__main">
                <span className="conversation-row__top">
                  <strong className="conversation-row__name">{conversation.handle ? `${conversation.name} · @${conversation.handle}` : conversation.name}</strong>
                  <RelativeTime date={conversation.lastMessageAt} />
                </span>
                <span className="conversation-row__preview">{preview(conversation, side)}</span>
              </span>
              {conversation.unread > 0 && (
                <span className="badge-count" aria-label={`${conversation.unread} unread`}>
                  {conversation.unread}
                </span>
              )}
            </Link>
          </li>
        ))}
      </ul>
      {next && (
        <Link className="button button--ghost button--small" href={`${basePath}?${new URLSearchParams({ ...query, before: `${next.at}_${next.id}` })}`}>
          Older conversations
        </Link>
      )}
    </nav>
  );
}
