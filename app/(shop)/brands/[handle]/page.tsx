// Served at /@handle (see the rewrite in next.config.ts).
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb, getReadDb } from '@/db/client';
import { getViewer } from '@/lib/auth/viewer';
import { countFollowers, findBrandByHandle, isFollowing } from '@/lib/catalog/brands';
import { brandPageTags, publicCache } from '@/lib/catalog/public-cache';
import { CacheTags } from '@/components/cache/cache-tags';
import { toPostCard } from '@/lib/catalog/post-card';
import { Feed } from '@/components/feed/feed';
import { buyContextFor } from '@/lib/checkout/buy-context';
import { FollowButton } from '@/components/brand/follow-button';
import { MessageBrandButton } from '@/components/conversations/message-brand-button';
import { ReportButton } from '@/components/admin/report-button';
import { BrandAdminTools } from '@/components/admin/admin-tools';

type Props = { params: Promise<{ handle: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [brand, t] = await Promise.all([getReadDb().then(async (db) => findBrandByHandle(db, decodeURIComponent((await params).handle))), getTranslations('feed.brand')]);
  return { title: brand ? t('title', { name: brand.name, handle: brand.handle }) : t('notFound') };
}

export default async function BrandPage({ params }: Props) {
  // Public facts from the replica (if any); whether the viewer follows is read after their own write.
  const [db, readDb] = await Promise.all([getDb(), getReadDb()]);
  const [brand, viewer] = await Promise.all([findBrandByHandle(readDb, decodeURIComponent((await params).handle)), getViewer()]);
  if (!brand) notFound();
  const [page, followers, following] = await Promise.all([
    // Shared by every viewer; filled from the primary so an invalidation is never undone by replica lag.
    publicCache().feedPage(db, { kind: 'brand', brandId: brand.id }),
    countFollowers(readDb, brand.id),
    viewer ? isFollowing(db, viewer.id, brand.id) : Promise.resolve(false),
  ]);
  const isOwn = viewer?.id === brand.ownerId;
  const t = await getTranslations('feed.brand');
  return (
    <>
      <CacheTags tags={brandPageTags(brand.id, page)} />
      <section className="brand-hero page-narrow">
        {brand.avatarUrl && <img className="avatar avatar--large" src={brand.avatarUrl} alt="" />}
        <div className="stack stack--tight">
          <h1>{brand.name}</h1>
          <div className="muted">
            @{brand.handle} · {t('followers', { count: followers })}
          </div>
          {brand.bio && <p className="flush">{brand.bio}</p>}
          {!isOwn && <FollowButton brandId={brand.id} brandName={brand.name} initiallyFollowing={following} signedIn={Boolean(viewer)} />}
          {!isOwn && viewer && <MessageBrandButton brandId={brand.id} />}
          {!isOwn && <ReportButton targetType="brand" targetId={brand.id} signedIn={Boolean(viewer)} nextPath={`/@${brand.handle}`} />}
          {viewer?.roles.includes('admin') && !isOwn && <BrandAdminTools brand={brand} />}
        </div>
      </section>
      {page.items.length === 0 ? (
        <p className="empty card page-narrow">{t('noPosts')}</p>
      ) : (
        <Feed initialItems={page.items.map(toPostCard)} initialCursor={page.nextCursor} source={`scope=brand&brandId=${brand.id}`} buy={buyContextFor(viewer)} />
      )}
    </>
  );
}
