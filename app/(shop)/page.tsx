import Link from 'next/link';
import { Suspense } from 'react';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { feedPageCheck, feedPageTags, publicCache, type SharedScope } from '@/lib/catalog/public-cache';
import { CacheTags } from '@/components/cache/cache-tags';
import { toPostCard } from '@/lib/catalog/post-card';
import { normalizeTag } from '@/lib/catalog/hashtags';
import { Feed } from '@/components/feed/feed';
import { getViewer } from '@/lib/auth/viewer';
import { buyContextFor } from '@/lib/checkout/buy-context';
import { renderingForMembers } from '@/lib/cache/shared-render';
import { FeedSkeleton } from '@/components/layout/skeletons';

export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<{ tag?: string }> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [tag, t] = await Promise.all([searchParams.then((query) => normalizeTag(query.tag ?? '')), getTranslations('feed.explore')]);
  return { title: tag ? t('tagTitle', { tag }) : t('title') };
}

export default async function ExplorePage({ searchParams }: Props) {
  const tag = normalizeTag((await searchParams).tag ?? '');
  const t = await getTranslations('feed.explore');
  const scope: SharedScope = tag ? { kind: 'tag', tag } : { kind: 'explore' };
  return (
    <>
      {tag ? (
        <div className="page-narrow row row--spread">
          <h1 className="page-title">{t('tagTitle', { tag })}</h1>
          <Link href="/">{t('allPosts')}</Link>
        </div>
      ) : (
        <h1 className="page-title visually-hidden">{t('title')}</h1>
      )}
      <Suspense key={tag} fallback={<FeedSkeleton />}>
        <ExploreFeed scope={scope} />
      </Suspense>
    </>
  );
}

/** The feed streams in under the heading; its cache tags stream with it (the page cache reads the whole page). */
async function ExploreFeed({ scope }: { scope: SharedScope }) {
  const tag = scope.kind === 'tag' ? scope.tag : null;
  const [page, viewer, forMembers, t] = await Promise.all([getDb().then((db) => publicCache().feedPage(db, scope)), getViewer(), renderingForMembers(), getTranslations('feed.explore')]);
  return (
    <>
      <CacheTags tags={feedPageTags(scope, page)} check={feedPageCheck(scope)} />
      {page.items.length === 0 ? (
        <div className="empty card page-narrow">
          <h2>{tag ? t('emptyTag', { tag }) : t('empty')}</h2>
          <p>{t.rich('emptyHint', { shop: (chunks) => <Link href="/studio">{chunks}</Link> })}</p>
        </div>
      ) : (
        <Feed
          initialItems={page.items.map(toPostCard)}
          initialCursor={page.nextCursor}
          source={tag ? `scope=tag&tag=${encodeURIComponent(tag)}` : 'scope=explore'}
          buy={buyContextFor(viewer !== null || forMembers)}
        />
      )}
    </>
  );
}
