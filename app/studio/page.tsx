import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { getViewer } from '@/lib/auth/viewer';
import { CreateBrandForm } from '@/components/studio/create-brand-form';
import { PayoutsBanner } from '@/components/studio/payouts-banner';
import { StudioPosts } from '@/components/studio/studio-posts';

export const metadata = { title: 'Studio' };

export default async function StudioPage({ searchParams }: { searchParams: Promise<{ welcome?: string }> }) {
  const viewer = await getViewer();
  if (!viewer) redirect('/sign-in?next=/studio');
  if (!viewer.brand) {
    return (
      <div className="page-narrow card stack">
        <h1 className="page-title">Open your shop</h1>
        <p className="muted">Create a brand to publish shoppable posts your followers can buy with a tap or a #buy reply.</p>
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
          Welcome, @{viewer.brand.handle}! Your shop is ready. Publish your first post.
        </p>
      )}
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h1 className="page-title">{viewer.brand.name} studio</h1>
        <Link className="button" href="/studio/posts/new">
          New post
        </Link>
      </div>
      <PayoutsBanner brand={viewer.brand} />
      <StudioPosts db={db} brandId={viewer.brand.id} />
    </div>
  );
}
