import { CACHE_TAGS_META } from '@/lib/cache/serve-public-page';

/** Names what a shareable page shows, so the page cache can keep it and drop it when that changes (React hoists it into <head>). */
export function CacheTags({ tags }: { tags: string[] }) {
  return <meta name={CACHE_TAGS_META} content={[...new Set(tags)].join(' ')} />;
}
