import { useFormatter, useTranslations } from 'next-intl';
import type { DropProgress } from '@/lib/studio/drops';

/** "3 of 10 orders by Nov 27, 2:00 PM": how close a drop is to charging everyone, in the reader's time zone. */
export function DropProgressBar({ progress }: { progress: DropProgress }) {
  const t = useTranslations('studio.drop');
  const format = useFormatter();
  const share = Math.min(1, progress.orders / progress.goal);
  const text =
    progress.outcome === 'succeeded'
      ? t('succeeded', { orders: progress.orders })
      : progress.outcome === 'failed'
        ? t('failed', { goal: progress.goal })
        : t('running', { orders: progress.orders, goal: progress.goal, deadline: format.dateTime(progress.endsAt, 'short') });
  return (
    <div className="drop-progress">
      <progress max={progress.goal} value={Math.min(progress.orders, progress.goal)} aria-label={t('label')}>
        {format.number(share, { style: 'percent', maximumFractionDigits: 0 })}
      </progress>
      <p className="field-hint" data-testid="drop-progress">
        {text}
      </p>
    </div>
  );
}
