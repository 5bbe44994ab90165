import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { getViewer } from '@/lib/auth/viewer';
import { listConversations, parseListCursor } from '@/lib/conversations/read';
import { ConversationList } from '@/components/conversations/conversation-list';
import { LiveRefresh } from '@/components/live/live-refresh';

export const metadata = { title: 'Inbox' };

export default async function InboxPage({ searchParams }: { searchParams: Promise<{ before?: string }> }) {
  const viewer = await getViewer();
  if (!viewer) redirect('/sign-in?next=/inbox');
  const { items, next } = await listConversations(await getDb(), 'buyer', viewer.id, { before: parseListCursor((await searchParams).before) });
  return (
    <div className="page-narrow stack">
      <h1 className="page-title">Inbox</h1>
      <ConversationList items={items} side="buyer" basePath="/inbox" next={next} empty="No conversations yet. Receipts and order news arrive here, and you can message any brand from its page." />
      <LiveRefresh topic="inbox" on={['message']} />
    </div>
  );
}
