import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { getViewer } from '@/lib/auth/viewer';
import { ButtonLink } from '@/components/form/button';
import { StudioPosts } from '@/components/studio/studio-posts';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('studio.posts');
  return { title: t('title') };
}

export default async function StudioPostsPage() {
  const viewer = await getViewer();
  if (!viewer) redirect('/sign-in?next=/studio/posts');
  if (!viewer.brand) redirect('/studio');
  const t = await getTranslations('studio.posts');
  return (
    <div className="stack">
      <div className="row row--spread">
        <h1 className="page-title">{t('title')}</h1>
        <ButtonLink href="/studio/posts/new">{t('newPost')}</ButtonLink>
      </div>
      <StudioPosts db={await getDb()} brandId={viewer.brand.id} />
    </div>
  );
}
