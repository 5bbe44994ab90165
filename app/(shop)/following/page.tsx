import Link from 'next/link';
import { Suspense } from 'react';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { listFeed } from '@/lib/catalog/feed';
import { toPostCard } from '@/lib/catalog/post-card';
import { Feed } from '@/components/feed/feed';
import { buyContextFor } from '@/lib/checkout/buy-context';
import { requireViewer } from '@/lib/auth/require-viewer';
import { FeedSkeleton } from '@/components/layout/skeletons';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('feed.following'))('title') };
}

export default async function FollowingPage() {
  const viewer = await requireViewer('/following');
  const t = await getTranslations('feed.following');
  // Signed in is settled before anything streams (a redirect stays a redirect); the feed streams in.
  return (
    <>
      <h1 className="page-title page-narrow">{t('title')}</h1>
      <Suspense fallback={<FeedSkeleton />}>
        <FollowingFeed userId={viewer.id} />
      </Suspense>
    </>
  );
}

async function FollowingFeed({ userId }: { userId: string }) {
  const [page, t] = await Promise.all([getDb().then((db) => listFeed(db, { kind: 'following', userId })), getTranslations('feed.following')]);
  return page.items.length === 0 ? (
    <div className="empty card page-narrow">
      <h2>{t('empty')}</h2>
      <p>{t.rich('emptyHint', { explore: (chunks) => <Link href="/">{chunks}</Link> })}</p>
    </div>
  ) : (
    <Feed initialItems={page.items.map(toPostCard)} initialCursor={page.nextCursor} source="scope=following" buy={buyContextFor(true)} />
  );
}
