// A server-sent event stream per open post page: "changed" whenever the post's thread changes on
// any app instance (Postgres NOTIFY), so the page refetches the thread at once.
import { getDatabase } from '@/db/client';
import { watchThread } from '@/lib/notify/realtime';

const HEARTBEAT_MS = 25_000;

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/.test(id)) return new Response('Not found', { status: 404 });
  const database = await getDatabase();
  const encoder = new TextEncoder();
  let stop = () => {};
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop();
        }
      };
      const unwatch = await watchThread(database, id, () => send('event: changed\ndata: {}\n\n'));
      // Comments keep proxies from closing an idle stream.
      const heartbeat = setInterval(() => send(': keep-alive\n\n'), HEARTBEAT_MS);
      stop = () => {
        clearInterval(heartbeat);
        unwatch();
      };
      request.signal.addEventListener('abort', () => {
        stop();
        controller.close();
      });
      send('retry: 3000\n\n');
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, {
    headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-store, no-transform', connection: 'keep-alive', 'x-accel-buffering': 'no' },
  });
}
