import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { getViewer } from '@/lib/auth/viewer';
import { listBrandPosts } from '@/lib/catalog/posts';
import { CreateBrandForm } from '@/components/studio/create-brand-form';
import { PriceRange } from '@/components/post/price-range';
import { toPostCard } from '@/lib/catalog/post-card';

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
  const posts = await listBrandPosts(await getDb(), viewer.brand.id);
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
      {posts.length === 0 ? (
        <p className="empty card">No posts yet. Your first shoppable post takes a minute.</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Post</th>
              <th scope="col">Price</th>
              <th scope="col">Stock</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {posts.map((post) => (
              <tr key={post.id}>
                <td>
                  <Link href={`/p/${post.id}`}>{post.body.slice(0, 80) || 'Untitled post'}</Link>
                </td>
                <td>
                  <PriceRange variants={toPostCard(post).variants} />
                </td>
                <td>{post.variants.reduce((sum, variant) => sum + variant.stock, 0)}</td>
                <td>
                  <span className={`status status--${post.status}`}>{post.status}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
