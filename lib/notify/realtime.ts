// Live updates across app instances through Postgres NOTIFY: a write announces "post X has new
// replies" on a channel; every instance LISTENs once and hands the news to its open streams.
import 'server-only';
import { sql } from 'drizzle-orm';
import type { Database, DbOrTx } from '@/db/open';

const CHANNEL = 'post_replies';

type Listener = () => void;

interface Hub {
  listeners: Map<string, Set<Listener>>;
  started: Promise<void> | null;
}

const globalForHub = globalThis as unknown as { hashcartRealtime?: Hub };
const hub = (globalForHub.hashcartRealtime ??= { listeners: new Map(), started: null });

/** Tells every instance that a post's thread changed (a reply, a brand answer, a purchase). */
export async function announceThreadChange(db: DbOrTx, postId: string): Promise<void> {
  await db.execute(sql`select pg_notify(${CHANNEL}, ${postId})`);
}

function deliver(postId: string) {
  for (const listener of hub.listeners.get(postId) ?? []) listener();
}

/** Calls `listener` whenever the post's thread changes, on any instance; returns the unsubscribe. */
export async function watchThread(database: Database, postId: string, listener: Listener): Promise<() => void> {
  hub.started ??= database.listen(CHANNEL, deliver).then(() => undefined);
  await hub.started;
  const set = hub.listeners.get(postId) ?? new Set<Listener>();
  set.add(listener);
  hub.listeners.set(postId, set);
  return () => {
    set.delete(listener);
    if (set.size === 0) hub.listeners.delete(postId);
  };
}
