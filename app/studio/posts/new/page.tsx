import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getViewer } from '@/lib/auth/viewer';
import { PostComposer } from '@/components/studio/post-composer';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('composer');
  return { title: t('newPost') };
}

export default async function NewPostPage() {
  const viewer = await getViewer();
  if (!viewer) redirect('/sign-in?next=/studio/posts/new');
  if (!viewer.brand) redirect('/studio');
  const t = await getTranslations('composer');
  return (
    <div className="page-narrow card stack">
      <h1 className="page-title">{t('newPost')}</h1>
      <PostComposer />
    </div>
  );
}
