import Link from 'next/link';
import type { DbOrTx } from '@/db/open';
import { listBrandPosts } from '@/lib/catalog/posts';
import { POST_STATUS, SCHEDULED } from '@/lib/vocabulary/statuses';
import { StatusBadge } from '@/components/status-badge';
import { toPostCard } from '@/lib/catalog/post-card';
import { getDropProgress } from '@/lib/studio/drops';
import { PriceRange } from '@/components/post/price-range';
import { ArchivePostButton } from './archive-post-button';
import { DropProgressBar } from './drop-progress-bar';

/** The brand's posts with status, stock, drop progress and actions. */
export async function StudioPosts({ db, brandId }: { db: DbOrTx; brandId: string }) {
  const posts = await listBrandPosts(db, brandId);
  if (posts.length === 0) return <p className="empty card">No posts yet. Your first shoppable post takes a minute.</p>;
  const drops = await Promise.all(posts.map((post) => getDropProgress(db, post)));
  const now = new Date();
  return (
    <div className="table-scroll">
      <table className="table table--cards">
        <thead>
          <tr>
            <th scope="col">Post</th>
            <th scope="col">Price</th>
            <th scope="col">Stock</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {posts.map((post, index) => {
            const scheduled = post.status === 'published' && post.publishedAt && post.publishedAt > now;
            const drop = drops[index];
            return (
              <tr key={post.id}>
                <td data-label="Post">
                  <Link href={`/p/${post.id}`}>{post.title}</Link>
                  {drop && <DropProgressBar progress={drop} />}
                </td>
                <td data-label="Price">
                  <PriceRange variants={toPostCard(post).variants} />
                </td>
                <td data-label="Stock">{post.variants.reduce((sum, variant) => sum + variant.stock, 0)}</td>
                <td data-label="Status">
                  {scheduled ? (
                    <StatusBadge {...SCHEDULED} detail={`${post.publishedAt!.toISOString().slice(0, 16).replace('T', ' ')} UTC`} />
                  ) : (
                    <StatusBadge {...POST_STATUS[post.status]} />
                  )}
                </td>
                <td data-label="Actions" className="row">
                  <Link className="button button--ghost button--small" href={`/studio/insights?post=${post.id}`}>
                    Insights
                  </Link>
                  <Link className="button button--ghost button--small" href={`/studio/orders?post=${post.id}`}>
                    Orders
                  </Link>
                  {post.status !== 'archived' && post.status !== 'removed' && (
                    <>
                      <Link className="button button--ghost button--small" href={`/studio/posts/${post.id}/edit`}>
                        Edit
                      </Link>
                      <ArchivePostButton postId={post.id} />
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
