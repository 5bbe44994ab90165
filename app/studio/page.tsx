import type { Metadata } from 'next';
import { Suspense } from 'react';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { ButtonLink } from '@/components/form/button';
import { CreateBrandForm } from '@/components/studio/create-brand-form';
import { PayoutsBanner } from '@/components/studio/payouts-banner';
import { StudioPosts } from '@/components/studio/studio-posts';
import { RowsSkeleton } from '@/components/layout/skeletons';
import { requireViewer } from '@/lib/auth/require-viewer';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('studio.home');
  return { title: t('title') };
}

export default async function StudioPage({ searchParams }: { searchParams: Promise<{ welcome?: string }> }) {
  const viewer = await requireViewer('/studio');
  const t = await getTranslations('studio.home');
  if (!viewer.brand) {
    return (
      <div className="page-narrow card stack">
        <h1 className="page-title">{t('openShop')}</h1>
        <p className="muted">{t('openShopIntro')}</p>
        <CreateBrandForm />
      </div>
    );
  }
  const db = await getDb();
  const { welcome } = await searchParams;
  return (
    <div className="stack">
      {welcome && (
        <p className="form-success" role="status">
          {t('welcome', { handle: viewer.brand.handle })}
        </p>
      )}
      <div className="row row--spread">
        <h1 className="page-title">{t('heading', { name: viewer.brand.name })}</h1>
        <ButtonLink href="/studio/posts/new">{t('newPost')}</ButtonLink>
      </div>
      <PayoutsBanner brand={viewer.brand} />
      <Suspense fallback={<RowsSkeleton />}>
        <StudioPosts db={db} brandId={viewer.brand.id} />
      </Suspense>
    </div>
  );
}
