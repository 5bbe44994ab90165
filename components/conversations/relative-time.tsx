import { useFormatter, useNow } from 'next-intl';

/** "14:05" today, "21. Nov." before, in the reader's language and time zone; the full time on hover. */
export function RelativeTime({ date }: { date: Date }) {
  const format = useFormatter();
  const sameDay = format.dateTime(date, 'date') === format.dateTime(useNow(), 'date');
  return (
    <time dateTime={date.toISOString()} title={format.dateTime(date, 'dateTime')} className="muted">
      {format.dateTime(date, sameDay ? 'time' : 'day')}
    </time>
  );
}
