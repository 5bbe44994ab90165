import Link from 'next/link';
import { getDb } from '@/db/client';
import { listFeed } from '@/lib/catalog/feed';
import { toPostCard } from '@/lib/catalog/post-card';
import { FeedList } from '@/components/feed/feed-list';
import { getViewer } from '@/lib/auth/viewer';
import { buyContextFor } from '@/lib/auth/buy-context';

export const dynamic = 'force-dynamic';

export default async function ExplorePage() {
  const [page, viewer] = await Promise.all([getDb().then((db) => listFeed(db, { kind: 'explore' })), getViewer()]);
  return (
    <>
      <h1 className="page-title visually-hidden">Explore</h1>
      {page.items.length === 0 ? (
        <div className="empty card">
          <h2>Nothing for sale yet</h2>
          <p>
            Brands publish shoppable posts here. <Link href="/studio">Open your shop</Link> and post the first one.
          </p>
        </div>
      ) : (
        <FeedList initialItems={page.items.map(toPostCard)} initialCursor={page.nextCursor} source="scope=explore" buy={buyContextFor(viewer)} />
      )}
    </>
  );
}
