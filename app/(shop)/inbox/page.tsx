import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { getViewer } from '@/lib/auth/viewer';
import { listConversations, parseListCursor } from '@/lib/conversations/read';
import { ConversationList } from '@/components/conversations/conversation-list';
import { LiveRefresh } from '@/components/live/live-refresh';

export async function generateMetadata() {
  return { title: (await getTranslations('inbox'))('title') };
}

export default async function InboxPage({ searchParams }: { searchParams: Promise<{ before?: string }> }) {
  const viewer = await getViewer();
  if (!viewer) redirect('/sign-in?next=/inbox');
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
