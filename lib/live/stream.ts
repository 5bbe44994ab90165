// One server-sent event stream per browser tab, carrying every topic that tab shows: its reader's
// conversations and badge, the orders it watches and the posts whose stock and replies it shows.
// Event ids are send times; a reconnect names the last one it saw and gets what it missed.
import 'server-only';
import { and, eq, gt, inArray, or } from 'drizzle-orm';
import type { Database } from '@/db/open';
import { conversations, orders, replies, variants } from '@/db/schema';
import { unreadCounts, type Reader } from '@/lib/conversations/read';
import { readDrawCardStates } from '@/lib/draws/card-state';
import { subscribe, type Delivered } from './hub';

export const HEARTBEAT_MS = 25_000;
export const MAX_POSTS = 60;
export const MAX_ORDERS = 10;
const BADGE_DEBOUNCE_MS = 150;

export interface StreamRequest {
  reader: Reader | null;
  posts: string[];
  orders: string[];
  /** The id of the last event the tab saw (a reconnect), in ms since the epoch. */
  since: number | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseIds(value: string | null, max: number): string[] {
  return [...new Set((value ?? '').split(',').filter((id) => UUID.test(id)))].slice(0, max);
}

/** Only the orders this reader bought or sells; anything else is silently left out. */
async function ownOrders(database: Database, reader: Reader | null, ids: string[]) {
  if (!reader || ids.length === 0) return [];
  return database.db
    .select({ id: orders.id, status: orders.status })
    .from(orders)
    .where(and(inArray(orders.id, ids), reader.brandId ? or(eq(orders.buyerId, reader.userId), eq(orders.brandId, reader.brandId)) : eq(orders.buyerId, reader.userId)));
}

let lastId = 0;
const nextId = () => (lastId = Math.max(Date.now(), lastId + 1));

export async function openLiveStream(database: Database, request: StreamRequest, signal: AbortSignal): Promise<ReadableStream<Uint8Array>> {
  const { reader } = request;
  const watchedOrders = await ownOrders(database, reader, request.orders);
  const topics = [
    ...request.posts.map((id) => `post:${id}`),
    ...watchedOrders.map((order) => `order:${order.id}`),
    ...(reader ? [`user:${reader.userId}`] : []),
    ...(reader?.brandId ? [`brand:${reader.brandId}`] : []),
  ];
  const encoder = new TextEncoder();
  let cleanup = () => {};
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      let open = true;
      const send = (event: string, data: unknown) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(`id: ${nextId()}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`));
        } catch {
          cleanup();
        }
      };
      let badgeTimer: ReturnType<typeof setTimeout> | null = null;
      const sendBadge = () => {
        if (!reader || badgeTimer) return;
        // A burst of messages (or marks read) costs one count.
        badgeTimer = setTimeout(() => {
          badgeTimer = null;
          unreadCounts(database.db, reader)
            .then((counts) => send('badge', counts))
            .catch((error: unknown) => console.error('live: could not count unread', error));
        }, BADGE_DEBOUNCE_MS);
      };
      const onNotice = (notice: Delivered) => {
        if (notice.t === 'stock') send('stock', { post: notice.post, variants: notice.variants });
        else if (notice.t === 'draw') send('draw', { post: notice.post, draw: notice.draw });
        else if (notice.t === 'replies') send('replies', { post: notice.post });
        else if (notice.t === 'order') send('order', { order: notice.order, status: notice.status });
        else {
          if (notice.t === 'message') send('message', { conversation: notice.c, seq: notice.seq });
          sendBadge();
        }
      };
      const unsubscribe = await subscribe(database, topics, onNotice);
      const heartbeat = setInterval(() => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(': keep-alive\n\n'));
        } catch {
          cleanup();
        }
      }, HEARTBEAT_MS);
      cleanup = () => {
        if (!open) return;
        open = false;
        clearInterval(heartbeat);
        if (badgeTimer) clearTimeout(badgeTimer);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // Already closed by the client.
        }
      };
      signal.addEventListener('abort', cleanup);
      controller.enqueue(encoder.encode('retry: 3000\n\n'));
      await sendSnapshot(database, request, watchedOrders, send);
      if (reader) sendBadge();
    },
    cancel() {
      cleanup();
    },
  });
}

/** Current state on every (re)connect, so a page served from cache or a tab that slept catches up. */
async function sendSnapshot(database: Database, request: StreamRequest, watchedOrders: { id: string; status: string }[], send: (event: string, data: unknown) => void) {
  if (request.posts.length > 0) {
    const rows = await database.db
      .select({ post: variants.postId, id: variants.id, stock: variants.stock })
      .from(variants)
      .where(inArray(variants.postId, request.posts))
      .orderBy(variants.postId, variants.position);
    for (const postId of request.posts) {
      send('stock', { post: postId, variants: rows.filter((row) => row.post === postId).map(({ id, stock }) => ({ id, stock })) });
    }
    for (const [postId, draw] of await readDrawCardStates(database.db, request.posts)) send('draw', { post: postId, draw });
  }
  for (const order of watchedOrders) send('order', { order: order.id, status: order.status });
  if (request.since === null) return;
  const since = new Date(request.since);
  const { reader } = request;
  if (reader) {
    const sides = reader.brandId ? or(eq(conversations.buyerId, reader.userId), eq(conversations.brandId, reader.brandId)) : eq(conversations.buyerId, reader.userId);
    const missed = await database.db
      .select({ id: conversations.id, seq: conversations.lastSeq })
      .from(conversations)
      .where(and(sides, gt(conversations.lastMessageAt, since)))
      .limit(100);
    for (const conversation of missed) send('message', { conversation: conversation.id, seq: conversation.seq });
  }
  if (request.posts.length > 0) {
    const changed = await database.db.selectDistinct({ postId: replies.postId }).from(replies).where(and(inArray(replies.postId, request.posts), gt(replies.createdAt, since)));
    for (const { postId } of changed) send('replies', { post: postId });
  }
}
