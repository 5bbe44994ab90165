// One LISTEN per app process, fanned out to the open streams by topic. Stock and draw news for a
// post is coalesced here: however many units sell or people enter, each post's readers get at most
// one update per window, carrying the state read once for all of them.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { Database } from '@/db/open';
import { variants } from '@/db/schema';
import { readDrawCardStates, type DrawCardState } from '@/lib/draws/card-state';
import { LIVE_CHANNEL, parseNotice, topicsOf, type LiveNotice } from './notices';

export const STOCK_WINDOW_MS = 300;

export interface StockUpdate {
  t: 'stock';
  post: string;
  variants: { id: string; stock: number }[];
}
export interface DrawUpdate {
  t: 'draw';
  post: string;
  draw: DrawCardState;
}
export type Delivered = Exclude<LiveNotice, { t: 'stock' } | { t: 'draw' }> | StockUpdate | DrawUpdate;
export type LiveListener = (notice: Delivered) => void;

interface Hub {
  database: Database | null;
  topics: Map<string, Set<LiveListener>>;
  /** Open coalescing windows by `stock:<post>` / `draw:<post>`. */
  windows: Map<string, { dirty: boolean; timer: ReturnType<typeof setTimeout> }>;
  started: Promise<void> | null;
}

const globalForHub = globalThis as unknown as { hashcartLive?: Hub };
const hub = (globalForHub.hashcartLive ??= { database: null, topics: new Map(), windows: new Map(), started: null });

function deliver(topic: string, notice: Delivered) {
  for (const listener of hub.topics.get(topic) ?? []) listener(notice);
}

export async function readStock(database: Database, postId: string): Promise<StockUpdate> {
  const rows = await database.db.select({ id: variants.id, stock: variants.stock }).from(variants).where(eq(variants.postId, postId)).orderBy(variants.position);
  return { t: 'stock', post: postId, variants: rows };
}

async function flushStock(postId: string) {
  const topic = `post:${postId}`;
  if (!hub.database || !hub.topics.has(topic)) return;
  try {
    deliver(topic, await readStock(hub.database, postId));
  } catch (error) {
    console.error('live: could not read stock', { postId, error });
  }
}

async function flushDraw(postId: string) {
  const topic = `post:${postId}`;
  if (!hub.database || !hub.topics.has(topic)) return;
  try {
    const draw = (await readDrawCardStates(hub.database.db, [postId])).get(postId);
    if (draw) deliver(topic, { t: 'draw', post: postId, draw });
  } catch (error) {
    console.error('live: could not read a draw', { postId, error });
  }
}

function coalesce(key: string, flush: () => Promise<void>) {
  const open = hub.windows.get(key);
  if (open) {
    open.dirty = true;
    return;
  }
  // Leading edge at once, then one trailing update per window while news keeps coming.
  void flush();
  const startWindow = () => {
    const window = {
      dirty: false,
      timer: setTimeout(() => {
        if (window.dirty) {
          void flush();
          startWindow();
        } else hub.windows.delete(key);
      }, STOCK_WINDOW_MS),
    };
    hub.windows.set(key, window);
  };
  startWindow();
}

function onPayload(payload: string) {
  const notice = parseNotice(payload);
  if (!notice) return;
  if (notice.t === 'stock') coalesce(`stock:${notice.post}`, () => flushStock(notice.post));
  else if (notice.t === 'draw') coalesce(`draw:${notice.post}`, () => flushDraw(notice.post));
  else for (const topic of topicsOf(notice)) deliver(topic, notice);
}

/** Starts listening (once per process) and adds `listener` to each topic; returns the unsubscribe. */
export async function subscribe(database: Database, topics: string[], listener: LiveListener): Promise<() => void> {
  hub.database ??= database;
  hub.started ??= database.listen(LIVE_CHANNEL, onPayload).then(() => undefined);
  await hub.started;
  for (const topic of topics) {
    const set = hub.topics.get(topic) ?? new Set<LiveListener>();
    set.add(listener);
    hub.topics.set(topic, set);
  }
  return () => {
    for (const topic of topics) {
      const set = hub.topics.get(topic);
      set?.delete(listener);
      if (set?.size === 0) hub.topics.delete(topic);
    }
  };
}

/** How many streams listen on how many topics: for the benchmark and for tests. */
export function hubSize(): { topics: number; listeners: number } {
  let listeners = 0;
  for (const set of hub.topics.values()) listeners += set.size;
  return { topics: hub.topics.size, listeners };
}
