import { Suspense } from 'react';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { listConversations, parseListCursor } from '@/lib/conversations/read';
import { ConversationList } from '@/components/conversations/conversation-list';
import { LiveRefresh } from '@/components/live/live-refresh';
import { requireViewer } from '@/lib/auth/require-viewer';
import { RowsSkeleton } from '@/components/layout/skeletons';

export async function generateMetadata() {
  return { title: (await getTranslations('inbox'))('title') };
}

export default async function InboxPage({ searchParams }: { searchParams: Promise<{ before?: string }> }) {
  const viewer = await requireViewer('/inbox');
  const [query, t] = await Promise.all([searchParams, getTranslations('inbox')]);
  // Signed in is settled before anything streams (a redirect stays a redirect); the list streams in.
  return (
    <div className="page-narrow stack">
      <h1 className="page-title">{t('title')}</h1>
      <Suspense fallback={<RowsSkeleton avatars />}>
        <BuyerConversations buyerId={viewer.id} before={query.before} />
      </Suspense>
      <LiveRefresh topic="inbox" on={['message']} />
    </div>
  );
}

async function BuyerConversations({ buyerId, before }: { buyerId: string; before?: string }) {
  const [{ items, next }, t] = await Promise.all([listConversations(await getDb(), 'buyer', buyerId, { before: parseListCursor(before) }), getTranslations('inbox')]);
  return <ConversationList items={items} side="buyer" basePath="/inbox" next={next} empty={t('empty')} />;
}
