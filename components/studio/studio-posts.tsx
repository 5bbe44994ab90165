import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { DbOrTx } from '@/db/open';
import { listBrandPosts } from '@/lib/catalog/posts';
import { postStatusWord } from '@/lib/vocabulary/statuses';
import { StatusBadge } from '@/components/status-badge';
import { toPostCard } from '@/lib/catalog/post-card';
import { getDropProgress } from '@/lib/studio/drops';
import { PriceRange } from '@/components/post/price-range';
import { ButtonLink } from '@/components/form/button';
import { ArchivePostButton } from './archive-post-button';
import { DropProgressBar } from './drop-progress-bar';

/** The brand's posts with status, stock, drop progress and actions. */
export async function StudioPosts({ db, brandId }: { db: DbOrTx; brandId: string }) {
  const [posts, format, t] = await Promise.all([listBrandPosts(db, brandId), getFormatter(), getTranslations('studio.posts')]);
  if (posts.length === 0) return <p className="empty card">{t('empty')}</p>;
  const drops = await Promise.all(posts.map((post) => getDropProgress(db, post)));
  const now = new Date();
  return (
    <div className="table-scroll">
      <table className="table table--cards">
        <thead>
          <tr>
            <th scope="col">{t('columns.post')}</th>
            <th scope="col">{t('columns.price')}</th>
            <th scope="col">{t('columns.stock')}</th>
            <th scope="col">{t('columns.status')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {posts.map((post, index) => {
            const scheduled = post.status === 'published' && post.publishedAt && post.publishedAt > now;
            const drop = drops[index];
            return (
              <tr key={post.id}>
                <td data-label={t('columns.post')}>
                  <Link href={`/p/${post.id}`}>{post.title}</Link>
                  {drop && <DropProgressBar progress={drop} />}
                </td>
                <td data-label={t('columns.price')}>
                  <PriceRange variants={toPostCard(post).variants} />
                </td>
                <td data-label={t('columns.stock')}>{post.variants.reduce((sum, variant) => sum + variant.stock, 0)}</td>
                <td data-label={t('columns.status')}>
                  {scheduled ? (
                    <StatusBadge {...postStatusWord('scheduled')} detail={format.dateTime(post.publishedAt!, 'short')} />
                  ) : (
                    <StatusBadge {...postStatusWord(post.status)} />
                  )}
                </td>
                <td data-label={t('columns.actions')} className="row">
                  <ButtonLink variant="ghost" small href={`/studio/insights?post=${post.id}`}>
                    {t('insights')}
                  </ButtonLink>
                  <ButtonLink variant="ghost" small href={`/studio/orders?post=${post.id}`}>
                    {t('orders')}
                  </ButtonLink>
                  {post.status !== 'archived' && post.status !== 'removed' && (
                    <>
                      <ButtonLink variant="ghost" small href={`/studio/posts/${post.id}/edit`}>
                        {t('edit')}
                      </ButtonLink>
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
