import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { getViewer } from '@/lib/auth/viewer';
import { listFeed } from '@/lib/catalog/feed';
import { toPostCard } from '@/lib/catalog/post-card';
import { Feed } from '@/components/feed/feed';
import { buyContextFor } from '@/lib/checkout/buy-context';

export const metadata = { title: 'Following' };

export default async function FollowingPage() {
  const viewer = await getViewer();
  if (!viewer) redirect('/sign-in?next=/following');
  const page = await listFeed(await getDb(), { kind: 'following', userId: viewer.id });
  return (
    <>
      <h1 className="page-title page-narrow">Following</h1>
      {page.items.length === 0 ? (
        <div className="empty card page-narrow">
          <h2>Your feed is empty</h2>
          <p>
            Follow brands you like and their new posts land here. <Link href="/">Explore brands</Link>
          </p>
        </div>
      ) : (
        <Feed initialItems={page.items.map(toPostCard)} initialCursor={page.nextCursor} source="scope=following" buy={buyContextFor(viewer)} />
      )}
    </>
  );
}
