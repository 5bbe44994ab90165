import type { DropProgress } from '@/lib/studio/drops';

/** "3 of 10 orders by Fri 14:00": how close a drop is to charging everyone. */
export function DropProgressBar({ progress }: { progress: DropProgress }) {
  const share = Math.min(1, progress.orders / progress.goal);
  const deadline = progress.endsAt.toLocaleString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
  const text =
    progress.outcome === 'succeeded'
      ? `Drop succeeded: ${progress.orders} orders, everyone charged.`
      : progress.outcome === 'failed'
        ? `Drop ended short of ${progress.goal} orders: nobody was charged.`
        : `${progress.orders} of ${progress.goal} orders by ${deadline} UTC — charged only if the goal is reached.`;
  return (
    <div className="drop-progress">
      <progress max={progress.goal} value={Math.min(progress.orders, progress.goal)} aria-label="Drop progress">
        {Math.round(share * 100)}%
      </progress>
      <p className="field-hint" data-testid="drop-progress">
        {text}
      </p>
    </div>
  );
}
