const TIME = new Intl.DateTimeFormat('en-US', { timeStyle: 'short', timeZone: 'UTC' });
const DAY = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });

/** "14:05" today, "Nov 21" before (UTC, so server and browser agree); the full time on hover. */
export function RelativeTime({ date }: { date: Date }) {
  const sameDay = date.toISOString().slice(0, 10) === new Date().toISOString().slice(0, 10);
  return (
    <time dateTime={date.toISOString()} title={`${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`} className="muted">
      {sameDay ? TIME.format(date) : DAY.format(date)}
    </time>
  );
}
