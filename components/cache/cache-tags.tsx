import { CACHE_CHECK_META, CACHE_TAGS_META } from '@/lib/cache/serve-public-page';

/**
 * Names what a shareable page shows, so the page cache can keep it and drop it when that changes
 * (React hoists it into <head>); `check` names the feed whose stock and counts it shows, so the
 * cache can keep the page while they are unchanged instead of rendering it again (lib/cache/page-cache).
 */
export function CacheTags({ tags, check }: { tags: string[]; check?: string }) {
  return (
    <>
      <meta name={CACHE_TAGS_META} content={[...new Set(tags)].join(' ')} />
      {check && <meta name={CACHE_CHECK_META} content={check} />}
    </>
  );
}
