import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { listConversations, parseListCursor } from '@/lib/conversations/read';
import { ConversationList } from '@/components/conversations/conversation-list';
import { LiveRefresh } from '@/components/live/live-refresh';
import { requireViewer } from '@/lib/auth/require-viewer';

export async function generateMetadata() {
  return { title: (await getTranslations('inbox'))('title') };
}

export default async function InboxPage({ searchParams }: { searchParams: Promise<{ before?: string }> }) {
  const viewer = await requireViewer('/inbox');
  const [{ items, next }, t] = await Promise.all([
    listConversations(await getDb(), 'buyer', viewer.id, { before: parseListCursor((await searchParams).before) }),
    getTranslations('inbox'),
  ]);
  return (
    <div className="page-narrow stack">
      <h1 className="page-title">{t('title')}</h1>
      <ConversationList items={items} side="buyer" basePath="/inbox" next={next} empty={t('empty')} />
      <LiveRefresh topic="inbox" on={['message']} />
    </div>
  );
}
