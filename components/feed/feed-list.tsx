'use client';
import { useState, useTransition } from 'react';
import type { PostCardData } from '@/lib/catalog/post-card';
import { PostCard } from '@/components/post/post-card';
import type { BuyContext } from '@/lib/checkout/buy-context';

interface FeedListProps {
  initialItems: PostCardData[];
  initialCursor: string | null;
  /** The /api/feed query that selects this feed, without the cursor. */
  source: string;
  buy: BuyContext;
}

export function FeedList({ initialItems, initialCursor, source, buy }: FeedListProps) {
  const [items, setItems] = useState(initialItems);
  const [cursor, setCursor] = useState(initialCursor);
  const [error, setError] = useState<string | null>(null);
  const [loading, startLoading] = useTransition();

  function loadMore() {
    if (!cursor) return;
    startLoading(async () => {
      setError(null);
      const response = await fetch(`/api/feed?${source}&cursor=${encodeURIComponent(cursor)}`);
      if (!response.ok) {
        setError('Could not load more posts. Try again.');
        return;
      }
      const page = (await response.json()) as { items: PostCardData[]; nextCursor: string | null };
      setItems((current) => [...current, ...page.items.filter((item) => !current.some((existing) => existing.id === item.id))]);
      setCursor(page.nextCursor);
    });
  }

  return (
    <div className="feed" aria-busy={loading}>
      {items.map((post, index) => (
        <PostCard key={post.id} post={post} buy={buy} first={index === 0} />
      ))}
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {cursor ? (
        <div className="load-more">
          <button type="button" className="button button--ghost" onClick={loadMore} disabled={loading}>
            {loading ? <span className="spinner" aria-hidden /> : null}
            {loading ? 'Loading…' : 'Load more'}
          </button>
        </div>
      ) : (
        items.length > 0 && <p className="muted load-more">You are all caught up.</p>
      )}
    </div>
  );
}
