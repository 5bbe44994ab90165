import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { getViewer } from '@/lib/auth/viewer';
import { StudioPosts } from '@/components/studio/studio-posts';

export const metadata = { title: 'Posts' };

export default async function StudioPostsPage() {
  const viewer = await getViewer();
  if (!viewer) redirect('/sign-in?next=/studio/posts');
  if (!viewer.brand) redirect('/studio');
  return (
    <div className="stack">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h1 className="page-title">Posts</h1>
        <Link className="button" href="/studio/posts/new">
          New post
        </Link>
      </div>
      <StudioPosts db={await getDb()} brandId={viewer.brand.id} />
    </div>
  );
}
