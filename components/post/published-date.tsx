'use client';
import { useFormatter, useNow, useTranslations } from 'next-intl';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
const MINUTE_MS = 60_000;

/**
 * When a post or reply went out, as a feed says it: "vor 5 Minuten" for a week, then the day, in the
 * reader's language and time zone; the full time on hover. It keeps counting in the browser (a
 * cached page may have been rendered a while ago), so server and browser text may differ at hydration.
 */
export function PublishedDate({ iso }: { iso: string | null }) {
  const format = useFormatter();
  const now = useNow({ updateInterval: MINUTE_MS });
  const t = useTranslations('status.post');
  if (!iso) return <span>{t('draft')}</span>;
  const date = new Date(iso);
  // A clock a little ahead of ours must not read "in 2 seconds".
  const past = date > now ? now : date;
  const text =
    now.getTime() - past.getTime() < WEEK_MS
      ? format.relativeTime(past, now)
      : format.dateTime(date, date.getFullYear() === now.getFullYear() ? 'day' : 'date');
  return (
    <time dateTime={iso} title={format.dateTime(date, 'dateTime')} suppressHydrationWarning>
      {text}
    </time>
  );
}
