// Grey shapes where content is about to appear, so a page keeps its layout while a part of it
// streams in (the fallbacks of the <Suspense> boundaries inside pages; never a route-level
// loading.tsx, which would answer 200 before a page can 404 or redirect). The shapes are for the
// eyes only; a fallback says "Loading…" once to screen readers and marks its place busy.
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';

function Loading({ className, children }: { className?: string; children: ReactNode }) {
  const t = useTranslations('common');
  return (
    <div className={className} aria-busy="true">
      <span role="status" className="visually-hidden">
        {t('loading')}
      </span>
      {children}
    </div>
  );
}

/** One card's shape; "Load more" shows it inside a feed that is already marked busy. */
export function PostCardSkeleton() {
  return (
    <div className="post-card skeleton-card" aria-hidden>
      <div className="skeleton-card__head">
        <span className="skeleton skeleton--avatar" />
        <span className="skeleton skeleton--line skeleton--short" />
      </div>
      <span className="skeleton skeleton--photo" />
      <div className="skeleton-card__body">
        <span className="skeleton skeleton--line" />
        <span className="skeleton skeleton--line skeleton--short" />
      </div>
    </div>
  );
}

/** A feed's first page (explore, a tag, a brand, following). */
export function FeedSkeleton({ cards = 2 }: { cards?: number }) {
  return (
    <Loading className="feed">
      {Array.from({ length: cards }, (_, index) => (
        <PostCardSkeleton key={index} />
      ))}
    </Loading>
  );
}

/** A list of rows: orders, conversations, studio posts, replies. */
export function RowsSkeleton({ rows = 4, avatars = false }: { rows?: number; avatars?: boolean }) {
  return (
    <Loading className="skeleton-rows">
      {Array.from({ length: rows }, (_, index) => (
        <div key={index} className={`card skeleton-rows__row${avatars ? ' skeleton-rows__row--avatar' : ''}`} aria-hidden>
          {avatars && <span className="skeleton skeleton--avatar" />}
          <span className="skeleton skeleton--line" />
          <span className="skeleton skeleton--line skeleton--short" />
        </div>
      ))}
    </Loading>
  );
}

/** The price and Buy button of a post page, while what decides them (a draw, a drop) is read. */
export function BuyBarSkeleton() {
  return (
    <Loading className="buy-bar">
      <span className="skeleton skeleton--line skeleton--price" aria-hidden />
      <span className="skeleton skeleton--button" aria-hidden />
    </Loading>
  );
}
