// Grey shapes where content is about to appear, so a page keeps its layout while it loads. They
// carry no words: whatever is loading says so itself (a busy button, a status line).
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

export function RowsSkeleton({ rows = 4 }: { rows?: number }) {
  return (
    <div className="skeleton-rows" aria-hidden>
      {Array.from({ length: rows }, (_, index) => (
        <div key={index} className="card skeleton-rows__row">
          <span className="skeleton skeleton--line" />
          <span className="skeleton skeleton--line skeleton--short" />
        </div>
      ))}
    </div>
  );
}
