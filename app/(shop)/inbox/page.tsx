import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { getViewer } from '@/lib/auth/viewer';
import { listInbox, markInboxRead } from '@/lib/notify/inbox';

export const metadata = { title: 'Inbox' };

const WHEN = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export default async function InboxPage() {
  const viewer = await getViewer();
  if (!viewer) redirect('/sign-in?next=/inbox');
  const db = await getDb();
  const messages = await listInbox(db, viewer.id);
  // Shown once, then read: the next render of the header drops the unread count.
  await markInboxRead(db, viewer.id);
  return (
    <div className="page-narrow">
      <h1 className="page-title">Inbox</h1>
      {messages.length === 0 ? (
        <p className="empty card">No messages yet. Receipts and order news arrive here.</p>
      ) : (
        <ul className="inbox">
          {messages.map((message) => (
            <li key={message.id} className={`inbox-item${message.readAt ? '' : ' inbox-item--unread'}`}>
              <p style={{ margin: 0 }}>{message.href ? <Link href={message.href}>{message.body}</Link> : message.body}</p>
              <time dateTime={message.createdAt.toISOString()}>{WHEN.format(message.createdAt)} UTC</time>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
