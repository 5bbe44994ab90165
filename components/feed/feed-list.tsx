'use client';
// A feed with "Load more". The first page comes rendered by the server as `children`, so the card
// code (and everything a card imports) stays off the first load; PostCard is fetched with the first
// further page a reader asks for, which /api/feed sends as data.
import { useTranslations } from 'next-intl';
import { useState, useTransition, type ReactNode } from 'react';
import { Button } from '@/components/form/button';
import { PostCardSkeleton } from '@/components/layout/skeletons';
import type { PostCardData } from '@/lib/catalog/post-card';
import type { BuyContext } from '@/lib/checkout/buy-context';

type PostCardComponent = typeof import('@/components/post/post-card').PostCard;

interface FeedListProps {
  /** The first page's cards, rendered by the server. */
  children: ReactNode;
  /** Their post ids, so a later page never repeats one. */
  firstIds: string[];
  initialCursor: string | null;
  /** The /api/feed query that selects this feed, without the cursor. */
  source: string;
  buy: BuyContext;
}

export function FeedList({ children, firstIds, initialCursor, source, buy }: FeedListProps) {
  const t = useTranslations('feed.list');
  const [items, setItems] = useState<PostCardData[]>([]);
  const [PostCard, setPostCard] = useState<PostCardComponent | null>(null);
  const [cursor, setCursor] = useState(initialCursor);
  const [error, setError] = useState<string | null>(null);
  const [loading, startLoading] = useTransition();

  function loadMore() {
    if (!cursor) return;
    startLoading(async () => {
      setError(null);
      try {
        const [response, card] = await Promise.all([fetch(`/api/feed?${source}&cursor=${encodeURIComponent(cursor)}`), import('@/components/post/post-card')]);
        if (!response.ok) throw new Error(`feed page answered ${response.status}`);
        const page = (await response.json()) as { items: PostCardData[]; nextCursor: string | null };
        setPostCard(() => card.PostCard);
        setItems((current) => {
          const seen = new Set([...firstIds, ...current.map((item) => item.id)]);
          return [...current, ...page.items.filter((item) => !seen.has(item.id))];
        });
        setCursor(page.nextCursor);
      } catch {
        setError(t('loadFailed'));
      }
    });
  }

  return (
    <div className="feed" aria-busy={loading}>
      {children}
      {PostCard && items.map((post) => <PostCard key={post.id} post={post} buy={buy} />)}
      {loading && <PostCardSkeleton />}
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {cursor ? (
        <div className="load-more">
          <Button type="button" variant="ghost" onClick={loadMore} disabled={loading}>
            {loading ? <span className="spinner" aria-hidden /> : null}
            {loading ? t('loading') : t('loadMore')}
          </Button>
        </div>
      ) : (
        firstIds.length + items.length > 0 && <p className="muted load-more">{t('caughtUp')}</p>
      )}
    </div>
  );
}
