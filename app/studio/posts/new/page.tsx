import { redirect } from 'next/navigation';
import { getViewer } from '@/lib/auth/viewer';
import { PostComposer } from '@/components/studio/post-composer';

export const metadata = { title: 'New post' };

export default async function NewPostPage() {
  const viewer = await getViewer();
  if (!viewer) redirect('/sign-in?next=/studio/posts/new');
  if (!viewer.brand) redirect('/studio');
  return (
    <div className="page-narrow card stack">
      <h1 className="page-title">New post</h1>
      <PostComposer />
    </div>
  );
}
