// A fixed locale and time zone so the server's and the browser's renderings agree.
const FORMAT = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });

export function PublishedDate({ iso }: { iso: string | null }) {
  if (!iso) return <span>Draft</span>;
  return <time dateTime={iso}>{FORMAT.format(new Date(iso))}</time>;
}
