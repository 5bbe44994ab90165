// Served at /@handle (see the rewrite in next.config.ts).
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { getTranslations } from 'next-intl/server';
import { getDb, getReadDb } from '@/db/client';
import { getViewer } from '@/lib/auth/viewer';
import { countFollowers, findBrandByHandle } from '@/lib/catalog/brands';
import { brandPageTags, feedPageCheck, publicCache } from '@/lib/catalog/public-cache';
import { CacheTags } from '@/components/cache/cache-tags';
import { toPostCard } from '@/lib/catalog/post-card';
import { Feed } from '@/components/feed/feed';
import { buyContextFor } from '@/lib/checkout/buy-context';
import { renderingForMembers } from '@/lib/cache/shared-render';
import { brandStandingOf } from '@/lib/viewer/viewer-state';
import { BrandActions } from '@/components/brand/brand-actions';
import { FeedSkeleton } from '@/components/layout/skeletons';

type Props = { params: Promise<{ handle: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [brand, t] = await Promise.all([getReadDb().then(async (db) => findBrandByHandle(db, decodeURIComponent((await params).handle))), getTranslations('feed.brand')]);
  return { title: brand ? t('title', { name: brand.name, handle: brand.handle }) : t('notFound') };
}

export default async function BrandPage({ params }: Props) {
  // Public facts from the replica (if any); whether the viewer follows is read after their own write.
  const [db, readDb] = await Promise.all([getDb(), getReadDb()]);
  const [brand, viewer, forMembers] = await Promise.all([findBrandByHandle(readDb, decodeURIComponent((await params).handle)), getViewer(), renderingForMembers()]);
  if (!brand) notFound();
  // Found or not is settled before anything streams (a 404 stays a 404); the posts stream in.
  const [followers, standing] = await Promise.all([
    countFollowers(readDb, brand.id),
    // Whether the viewer follows is read after their own write; the signed-in readers' shared copy leaves it to the browser.
    forMembers ? ('shared' as const) : viewer ? brandStandingOf(db, viewer, brand) : null,
  ]);
  const t = await getTranslations('feed.brand');
  return (
    <>
      <section className="brand-hero page-narrow">
        {brand.avatarUrl && <img className="avatar avatar--large" src={brand.avatarUrl} alt="" />}
        <div className="stack stack--tight">
          <h1>{brand.name}</h1>
          <div className="muted">
            @{brand.handle} · {t('followers', { count: followers })}
          </div>
          {brand.bio && <p className="flush">{brand.bio}</p>}
          <BrandActions brand={{ id: brand.id, name: brand.name, handle: brand.handle }} standing={standing} />
        </div>
      </section>
      <Suspense fallback={<FeedSkeleton />}>
        <BrandFeed brandId={brand.id} signedIn={viewer !== null || forMembers} />
      </Suspense>
    </>
  );
}

/** The brand's posts; the page's cache tags stream with them (the page cache reads the whole page). */
async function BrandFeed({ brandId, signedIn }: { brandId: string; signedIn: boolean }) {
  const scope = { kind: 'brand', brandId } as const;
  // Shared by every viewer; filled from the primary so an invalidation is never undone by replica lag.
  const [page, t] = await Promise.all([getDb().then((db) => publicCache().feedPage(db, scope)), getTranslations('feed.brand')]);
  return (
    <>
      <CacheTags tags={brandPageTags(brandId, page)} check={feedPageCheck(scope)} />
      {page.items.length === 0 ? (
        <p className="empty card page-narrow">{t('noPosts')}</p>
      ) : (
        <Feed initialItems={page.items.map(toPostCard)} initialCursor={page.nextCursor} source={`scope=brand&brandId=${brandId}`} buy={buyContextFor(signedIn)} />
      )}
    </>
  );
}
