import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { ConversationSummary, ListCursor } from '@/lib/conversations/read';
import { renderMessage, type Side, type Wording } from '@/lib/conversations/catalog';
import { RelativeTime } from './relative-time';
import { useWording } from './use-wording';
import { truncateWords } from '@/lib/text/truncate';

// About two lines of a row on the narrowest phone, cut between words (CSS would cut mid-word).
const PREVIEW_CHARS = 56;

function preview(conversation: ConversationSummary, side: Side, wording: Wording): string {
  const last = conversation.last;
  if (!last) return wording.say('inbox.list.noMessages');
  if (last.removedAt) return wording.say('inbox.list.removed');
  if (last.body !== null) return last.sender === side ? wording.say('inbox.list.you', { text: last.body }) : last.body;
  const rendered = renderMessage(last.messageKey ?? '', last.params, side, wording);
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
  const t = useTranslations('inbox.list');
  const wording = useWording();
  if (items.length === 0) return <p className="empty card">{empty}</p>;
  return (
    <nav aria-label={t('label')}>
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
                <span className="conversation-row__preview">{truncateWords(preview(conversation, side, wording), PREVIEW_CHARS)}</span>
              </span>
              {conversation.unread > 0 && (
                <span className="badge-count" aria-label={t('unread', { count: conversation.unread })}>
                  {conversation.unread}
                </span>
              )}
            </Link>
          </li>
        ))}
      </ul>
      {next && (
        <Link className="button button--ghost button--small" href={`${basePath}?${new URLSearchParams({ ...query, before: `${next.at}_${next.id}` })}`}>
          {t('older')}
        </Link>
      )}
    </nav>
  );
}
