// Served at /@handle (see the rewrite in next.config.ts).
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
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
  const [page, followers, standing] = await Promise.all([
    // Shared by every viewer; filled from the primary so an invalidation is never undone by replica lag.
    publicCache().feedPage(db, { kind: 'brand', brandId: brand.id }),
    countFollowers(readDb, brand.id),
    // Whether the viewer follows is read after their own write; the signed-in readers' shared copy leaves it to the browser.
    forMembers ? ('shared' as const) : viewer ? brandStandingOf(db, viewer, brand) : null,
  ]);
  const t = await getTranslations('feed.brand');
  return (
    <>
      <CacheTags tags={brandPageTags(brand.id, page)} check={feedPageCheck({ kind: 'brand', brandId: brand.id })} />
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
      {page.items.length === 0 ? (
        <p className="empty card page-narrow">{t('noPosts')}</p>
      ) : (
        <Feed initialItems={page.items.map(toPostCard)} initialCursor={page.nextCursor} source={`scope=brand&brandId=${brand.id}`} buy={buyContextFor(viewer !== null || forMembers)} />
      )}
    </>
  );
}
