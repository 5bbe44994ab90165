// Feed pages as JSON for the feed's "load more" button.
import { NextResponse, type NextRequest } from 'next/server';
import { isUuid } from '@/lib/validation/ids';
import { getDb } from '@/db/client';
import { getViewer } from '@/lib/auth/viewer';
import type { FeedScope } from '@/lib/catalog/feed';
import { feedPageTags, publicCache } from '@/lib/catalog/public-cache';
import { CACHE_TAGS_HEADER } from '@/lib/cache/serve-public-page';
import { toPostCard } from '@/lib/catalog/post-card';
import { normalizeTag } from '@/lib/catalog/hashtags';

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  let scope: FeedScope = { kind: 'explore' };
  if (params.get('scope') === 'following') {
    const viewer = await getViewer();
    if (!viewer) return NextResponse.json({ error: 'unauthenticated' }, { status: 401 });
    scope = { kind: 'following', userId: viewer.id };
  } else if (params.get('scope') === 'tag') {
    const tag = normalizeTag(params.get('tag') ?? '');
    if (!tag) return NextResponse.json({ error: 'invalid_input' }, { status: 400 });
    scope = { kind: 'tag', tag };
  } else if (params.get('scope') === 'brand') {
    const brandId = params.get('brandId') ?? '';
    if (!isUuid(brandId)) return NextResponse.json({ error: 'invalid_input' }, { status: 400 });
    scope = { kind: 'brand', brandId };
  }
  // A reader's own following feed stays on the primary: they may just have followed someone.
  // Explore, brand and tag pages come from the shared cache, filled from the primary so replica lag
  // cannot undo an invalidation; following is per reader and read after their own follows.
  const page = await publicCache().feedPage(await getDb(), scope, params.get('cursor'));
  // A shared feed page names its tags so the page cache may keep it (lib/cache/serve-public-page).
  const headers = scope.kind === 'following' ? undefined : { [CACHE_TAGS_HEADER]: feedPageTags(scope, page).join(' ') };
  return NextResponse.json({ items: page.items.map(toPostCard), nextCursor: page.nextCursor }, { headers });
}
