'use client';
// The tab's one live stream. Components say what they show (a post, an order, the inbox) with
// useLive; the provider keeps ONE EventSource carrying all of it, reopens it when the set changes
// (naming the last event seen, so nothing is missed) and falls back to a slow "resync" tick only
// while the stream is down.
import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import type { DrawCardState } from '@/lib/draws/card-state';

export type LiveEvent =
  | { type: 'stock'; post: string; variants: { id: string; stock: number }[] }
  | { type: 'draw'; post: string; draw: DrawCardState }
  | { type: 'replies'; post: string }
  | { type: 'order'; order: string; status: string }
  | { type: 'message'; conversation: string; seq: number }
  | { type: 'badge'; inbox: number; studio: number }
  /** The stream was down: refetch whatever you show. */
  | { type: 'resync' };

/** `post:<id>`, `order:<id>` or `inbox` (the reader's conversations and badge). */
export type LiveTopic = `post:${string}` | `order:${string}` | 'inbox';
type Handler = (event: LiveEvent) => void;

interface Registry {
  subscribe(topic: LiveTopic, handler: Handler): () => void;
}

const LiveContext = createContext<Registry | null>(null);
const EVENTS = ['stock', 'draw', 'replies', 'order', 'message', 'badge'] as const;
const REOPEN_DEBOUNCE_MS = 60;
const FALLBACK_POLL_MS = 20_000;
const DOWN_AFTER_MS = 8_000;

function topicOf(event: LiveEvent): LiveTopic | null {
  if (event.type === 'stock' || event.type === 'draw' || event.type === 'replies') return `post:${event.post}`;
  if (event.type === 'order') return `order:${event.order}`;
  if (event.type === 'message' || event.type === 'badge') return 'inbox';
  return null;
}

export function LiveProvider({ signedIn, children }: { signedIn: boolean; children: ReactNode }) {
  const handlers = useRef(new Map<LiveTopic, Set<Handler>>());
  const registry = useRef<Registry | null>(null);
  const reopen = useRef<() => void>(() => {});

  useEffect(() => {
    let source: EventSource | null = null;
    let url = '';
    let lastEventId = '';
    let timer: ReturnType<typeof setTimeout> | null = null;
    let fallback: ReturnType<typeof setInterval> | null = null;
    let downSince: number | null = null;

    const dispatch = (event: LiveEvent) => {
      const topic = topicOf(event);
      const targets = topic ? [handlers.current.get(topic)] : [...handlers.current.values()];
      for (const set of targets) for (const handler of set ?? []) handler(event);
    };
    const stopFallback = () => {
      if (fallback) clearInterval(fallback);
      fallback = null;
      downSince = null;
    };
    const watchHealth = () => {
      // EventSource retries by itself; only a stream down for a while turns on the slow poll.
      downSince ??= Date.now();
      fallback ??= setInterval(() => {
        if (downSince !== null && Date.now() - downSince >= DOWN_AFTER_MS && document.visibilityState === 'visible') dispatch({ type: 'resync' });
      }, FALLBACK_POLL_MS);
    };
    const open = () => {
      timer = null;
      const posts: string[] = [];
      const orders: string[] = [];
      for (const [topic, set] of handlers.current) {
        if (set.size === 0) continue;
        if (topic.startsWith('post:')) posts.push(topic.slice(5));
        if (topic.startsWith('order:')) orders.push(topic.slice(6));
      }
      const wanted = signedIn || posts.length + orders.length > 0;
      const next = wanted ? `/api/live?posts=${posts.sort().join(',')}&orders=${orders.sort().join(',')}` : '';
      if (next === url && source) return;
      source?.close();
      source = null;
      url = next;
      if (!next) return;
      const created = new EventSource(lastEventId ? `${next}&since=${lastEventId}` : next);
      source = created;
      created.onopen = () => {
        if (downSince !== null) dispatch({ type: 'resync' });
        stopFallback();
      };
      created.onerror = () => watchHealth();
      for (const name of EVENTS) {
        created.addEventListener(name, (message) => {
          const event = message as MessageEvent<string>;
          if (event.lastEventId) lastEventId = event.lastEventId;
          dispatch({ type: name, ...JSON.parse(event.data) } as LiveEvent);
        });
      }
    };
    reopen.current = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(open, REOPEN_DEBOUNCE_MS);
    };
    reopen.current();
    return () => {
      if (timer) clearTimeout(timer);
      stopFallback();
      source?.close();
    };
  }, [signedIn]);

  registry.current ??= {
    subscribe(topic, handler) {
      const set = handlers.current.get(topic) ?? new Set<Handler>();
      const added = set.size === 0;
      set.add(handler);
      handlers.current.set(topic, set);
      if (added) reopen.current();
      return () => {
        set.delete(handler);
        if (set.size === 0) {
          handlers.current.delete(topic);
          reopen.current();
        }
      };
    },
  };
  return <LiveContext.Provider value={registry.current}>{children}</LiveContext.Provider>;
}

/** Calls `onEvent` for news on `topic` (and for resyncs) while the component is mounted. */
export function useLive(topic: LiveTopic | null, onEvent: Handler) {
  const registry = useContext(LiveContext);
  const latest = useRef(onEvent);
  useEffect(() => {
    latest.current = onEvent;
  });
  useEffect(() => {
    if (!registry || !topic) return;
    return registry.subscribe(topic, (event) => latest.current(event));
  }, [registry, topic]);
}
