// The tab's one live stream (see lib/live/stream.ts): ?posts=…&orders=… name what the page shows;
// the reader's own conversations come from the session.
import { getDatabase } from '@/db/client';
import { getViewer } from '@/lib/auth/viewer';
import { MAX_ORDERS, MAX_POSTS, openLiveStream, parseIds } from '@/lib/live/stream';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const url = new URL(request.url);
  const viewer = await getViewer();
  const lastEventId = Number(request.headers.get('last-event-id') ?? url.searchParams.get('since') ?? NaN);
  const stream = await openLiveStream(
    await getDatabase(),
    {
      reader: viewer ? { userId: viewer.id, brandId: viewer.brand?.id ?? null } : null,
      posts: parseIds(url.searchParams.get('posts'), MAX_POSTS),
      orders: parseIds(url.searchParams.get('orders'), MAX_ORDERS),
      since: Number.isFinite(lastEventId) && lastEventId > 0 ? lastEventId : null,
    },
    request.signal,
  );
  return new Response(stream, {
    headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-store, no-transform', connection: 'keep-alive', 'x-accel-buffering': 'no' },
  });
}
