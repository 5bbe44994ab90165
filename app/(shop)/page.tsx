import Link from 'next/link';
import { getDb } from '@/db/client';
import { feedPageTags, publicCache, type SharedScope } from '@/lib/catalog/public-cache';
import { CacheTags } from '@/components/cache/cache-tags';
import { toPostCard } from '@/lib/catalog/post-card';
import { normalizeTag } from '@/lib/catalog/hashtags';
import { Feed } from '@/components/feed/feed';
import { getViewer } from '@/lib/auth/viewer';
import { buyContextFor } from '@/lib/checkout/buy-context';

export const dynamic = 'force-dynamic';

export default async function ExplorePage({ searchParams }: { searchParams: Promise<{ tag?: string }> }) {
  const tag = normalizeTag((await searchParams).tag ?? '');
  const scope: SharedScope = tag ? { kind: 'tag', tag } : { kind: 'explore' };
  const [page, viewer] = await Promise.all([getDb().then((db) => publicCache().feedPage(db, scope)), getViewer()]);
  return (
    <>
      <CacheTags tags={feedPageTags(scope, page)} />
      {tag ? (
        <div className="page-narrow row" style={{ justifyContent: 'space-between' }}>
          <h1 className="page-title">Posts tagged #{tag}</h1>
          <Link href="/">All posts</Link>
        </div>
      ) : (
        <h1 className="page-title visually-hidden">Explore</h1>
      )}
      {page.items.length === 0 ? (
        <div className="empty card page-narrow">
          <h2>{tag ? `Nothing tagged #${tag} yet` : 'Nothing for sale yet'}</h2>
          <p>
            Brands publish shoppable posts here. <Link href="/studio">Open your shop</Link> and post the first one.
          </p>
        </div>
      ) : (
        <Feed
          initialItems={page.items.map(toPostCard)}
          initialCursor={page.nextCursor}
          source={tag ? `scope=tag&tag=${encodeURIComponent(tag)}` : 'scope=explore'}
          buy={buyContextFor(viewer)}
        />
      )}
    </>
  );
}
