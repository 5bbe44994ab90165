import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PostComposer } from '@/components/studio/post-composer';
import { requireBrand } from '@/lib/auth/require-viewer';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('composer');
  return { title: t('newPost') };
}

export default async function NewPostPage() {
  const { viewer, brand } = await requireBrand('/studio/posts/new');
  const t = await getTranslations('composer');
  return (
    <div className="page-narrow card stack">
      <h1 className="page-title">{t('newPost')}</h1>
      <PostComposer />
    </div>
  );
}
