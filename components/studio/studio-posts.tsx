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
import { CardTable } from '@/components/card-table';
import { ArchivePostButton } from './archive-post-button';
import { DropProgressBar } from './drop-progress-bar';
import { PublishPostButton } from './publish-post-button';

/** The brand's posts with status, stock, drop progress and actions. */
export async function StudioPosts({ db, brandId }: { db: DbOrTx; brandId: string }) {
  const [posts, format, t] = await Promise.all([listBrandPosts(db, brandId), getFormatter(), getTranslations('studio.posts')]);
  if (posts.length === 0) return <p className="empty card">{t('empty')}</p>;
  const drops = await Promise.all(posts.map((post) => getDropProgress(db, post)));
  const rows = posts.map((post, index) => ({ post, drop: drops[index] }));
  const now = new Date();
  return (
    <CardTable
      rows={rows}
      rowKey={({ post }) => post.id}
      columns={[
        {
          label: t('columns.post'),
          cell: ({ post, drop }) => (
            <>
              <Link href={`/p/${post.id}`}>{post.title}</Link>
              {drop && <DropProgressBar progress={drop} />}
            </>
          ),
        },
        { label: t('columns.price'), cell: ({ post }) => <PriceRange variants={toPostCard(post).variants} /> },
        { label: t('columns.stock'), cell: ({ post }) => post.variants.reduce((sum, variant) => sum + variant.stock, 0) },
        {
          label: t('columns.status'),
          cell: ({ post }) =>
            // A scheduled post is published with a publish time still to come.
            post.status === 'published' && post.publishedAt && post.publishedAt > now ? (
              <StatusBadge {...postStatusWord('scheduled')} detail={format.dateTime(post.publishedAt, 'short')} />
            ) : (
              <StatusBadge {...postStatusWord(post.status)} />
            ),
        },
        {
          label: t('columns.actions'),
          actions: true,
          cell: ({ post }) => (
            <>
              <ButtonLink variant="ghost" small href={`/studio/insights?post=${post.id}`}>
                {t('insights')}
              </ButtonLink>
              <ButtonLink variant="ghost" small href={`/studio/orders?post=${post.id}`}>
                {t('orders')}
              </ButtonLink>
              {(post.status === 'draft' || post.status === 'archived') && <PublishPostButton postId={post.id} />}
              {post.status !== 'archived' && (
                <>
                  <ButtonLink variant="ghost" small href={`/studio/posts/${post.id}/edit`}>
                    {t('edit')}
                  </ButtonLink>
                  <ArchivePostButton postId={post.id} />
                </>
              )}
            </>
          ),
        },
      ]}
    />
  );
}
