/** Shown while an inbox or a thread loads. */
export function ConversationsLoading({ title }: { title: string }) {
  return (
    <div className="page-narrow stack" aria-busy="true">
      <h1 className="page-title">{title}</h1>
      <p className="muted" role="status">
        <span className="spinner" aria-hidden /> Loading conversations…
      </p>
    </div>
  );
}
