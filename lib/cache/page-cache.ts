// Whole responses (a public page's HTML, a feed page's JSON) kept as sent, so a hit costs what a
// static file costs. Entries are short-lived on purpose — fresh for `freshMs`, then served until
// `maxAgeMs` while one refresh runs — because a page carries stock, which must not be more than a
// second or two old; a write that changes what a page shows drops it at once by tag. Only when the
// refresh itself takes longer (an overloaded machine) is the old page served past `maxAgeMs` until it
// lands, never past OVERLOAD_FACTOR × `maxAgeMs`: readers then wait on nothing that would be fresher.
import { TaggedCache } from './tagged-cache';

export interface StoredResponse {
  status: number;
  headers: [string, string][];
  body: Uint8Array;
  /**
   * When the render that made it finished. Ages count from here, so refreshes are at least
   * `freshMs` apart even when a render is slow (an overloaded machine would otherwise render back
   * to back); the data may be older by the render's own time.
   */
  renderedAt: number;
}

/** A fill's answer: the response, and its tags when it may be kept (null: pass it on, keep nothing). */
export interface Filled {
  response: StoredResponse;
  tags: string[] | null;
}

export type PageCacheState = 'hit' | 'stale' | 'miss';

const OVERLOAD_FACTOR = 5;

export class PageCache {
  private entries: TaggedCache<StoredResponse>;
  private filling = new Map<string, Promise<StoredResponse>>();

  constructor(private readonly options: { freshMs: number; maxAgeMs: number; maxEntries?: number } = { freshMs: 1_000, maxAgeMs: 2_000 }) {
    this.entries = new TaggedCache(options.maxEntries ?? 2_000);
  }

  /** The response under `key`, filling it (once, however many ask at the same time) when missing or old. */
  async get(key: string, fill: () => Promise<Filled>, now = Date.now()): Promise<{ response: StoredResponse; state: PageCacheState }> {
    const kept = this.entries.get(key, now);
    if (kept) {
      const age = now - kept.renderedAt;
      if (age < this.options.freshMs) return { response: kept, state: 'hit' };
      if (age < this.options.maxAgeMs || this.filling.has(key)) {
        // Serve what we have while one refresh renders; a failed refresh leaves the entry to expire.
        this.refresh(key, fill).catch((error: unknown) => console.error('page cache: refresh failed', { key, error }));
        return { response: kept, state: 'stale' };
      }
    }
    return { response: await this.refresh(key, fill), state: 'miss' };
  }

  /** Drops every response carrying one of the tags (`*`: all). */
  invalidate(tags: string[]): void {
    this.entries.invalidate(tags);
  }

  get size(): number {
    return this.entries.size;
  }

  private refresh(key: string, fill: () => Promise<Filled>): Promise<StoredResponse> {
    const running = this.filling.get(key);
    if (running) return running;
    // Taken before rendering: an invalidation that lands while the page renders keeps it out.
    const readSince = this.entries.mark();
    const filled = fill()
      .then(({ response, tags }) => {
        if (tags) this.entries.set(key, response, { expiresAt: response.renderedAt + OVERLOAD_FACTOR * this.options.maxAgeMs, tags, readSince });
        return response;
      })
      .finally(() => this.filling.delete(key));
    this.filling.set(key, filled);
    return filled;
  }
}
