import type { Metadata } from 'next';
import { Suspense } from 'react';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { ButtonLink } from '@/components/form/button';
import { StudioPosts } from '@/components/studio/studio-posts';
import { RowsSkeleton } from '@/components/layout/skeletons';
import { requireBrand } from '@/lib/auth/require-viewer';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('studio.posts');
  return { title: t('title') };
}

export default async function StudioPostsPage() {
  const { viewer, brand } = await requireBrand('/studio/posts');
  const t = await getTranslations('studio.posts');
  return (
    <div className="stack">
      <div className="row row--spread">
        <h1 className="page-title">{t('title')}</h1>
        <ButtonLink href="/studio/posts/new">{t('newPost')}</ButtonLink>
      </div>
      <Suspense fallback={<RowsSkeleton />}>
        <StudioPosts db={await getDb()} brandId={brand.id} />
      </Suspense>
    </div>
  );
}
