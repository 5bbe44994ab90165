// What travels over the one Postgres channel that carries live news between app instances. Stock
// and order notices come from database triggers (migration 0008), draw notices too (0016); the rest
// from lib code.
export const LIVE_CHANNEL = 'hashcart_live';

export type LiveNotice =
  | { t: 'message'; c: string; buyer: string; brand: string | null; seq: number }
  | { t: 'read'; c: string; buyer: string; brand: string | null }
  | { t: 'order'; order: string; status: string; buyer: string; brand: string }
  | { t: 'stock'; post: string }
  | { t: 'replies'; post: string }
  /** A draw's entries or state changed (migration 0016's triggers). */
  | { t: 'draw'; post: string };

/** The topics a notice concerns; a stream subscribes to topics, never to raw notices. */
export function topicsOf(notice: LiveNotice): string[] {
  switch (notice.t) {
    case 'message':
    case 'read':
      return [`user:${notice.buyer}`, ...(notice.brand ? [`brand:${notice.brand}`] : [])];
    case 'order':
      return [`order:${notice.order}`];
    case 'stock':
    case 'replies':
    case 'draw':
      return [`post:${notice.post}`];
  }
}

export function parseNotice(payload: string): LiveNotice | null {
  try {
    const value = JSON.parse(payload) as Partial<LiveNotice>;
    return value && typeof value === 'object' && typeof value.t === 'string' ? (value as LiveNotice) : null;
  } catch {
    return null;
  }
}
