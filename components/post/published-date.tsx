import { useFormatter, useNow, useTranslations } from 'next-intl';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * When a post or reply went out, as a feed says it: "vor 5 Minuten" for a week, then the day, in the
 * reader's language and time zone; the full time on hover. Server and browser may render a minute
 * apart, so the text is allowed to differ at hydration.
 */
export function PublishedDate({ iso }: { iso: string | null }) {
  const format = useFormatter();
  const now = useNow();
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
