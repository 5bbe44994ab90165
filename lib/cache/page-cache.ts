// Whole responses (a public page's HTML, a feed page's JSON) kept as sent, so a hit costs what a
// static file costs. Entries are short-lived on purpose — fresh for `freshMs`, then served until
// `maxAgeMs` while one refresh runs — because a page carries stock, which must not be more than a
// second or two old; a write that changes what a page shows drops it at once by tag. Only when the
// refresh itself takes longer (an overloaded machine) is the old page served past `maxAgeMs` until it
// lands, never past OVERLOAD_FACTOR × `maxAgeMs`: readers then wait on nothing that would be fresher.
//
// A refresh need not render: a page that names a `check` (its feed) is kept as it is when the
// check's fingerprint — what on it changes without a tag, stock and counts — is what it was before
// the page was rendered. Rendering explore every second under load cost a third of the CPU that
// hits needed (bench/RESULTS.md); reading its fingerprint from the data cache costs next to nothing.
import { TaggedCache } from './tagged-cache';

export interface StoredResponse {
  status: number;
  headers: [string, string][];
  body: Uint8Array;
  /**
   * When the render that made it finished (or a check last found it current). Ages count from here,
   * so refreshes are at least `freshMs` apart even when a render is slow (an overloaded machine would
   * otherwise render back to back); the data may be older by the render's own time.
   */
  renderedAt: number;
}

/**
 * A fill's answer: the response, and its tags when it may be kept (null: pass it on, keep nothing);
 * `check` names what the page shows that changes without a tag (see PageCache's `fingerprint`).
 */
export interface Filled {
  response: StoredResponse;
  tags: string[] | null;
  check?: string | null;
}

interface Kept {
  response: StoredResponse;
  tags: string[];
  check: string | null;
  /** The check's fingerprint read before the render that made `response`; null: not known, render again. */
  fingerprint: string | null;
}

export interface PageCacheOptions {
  freshMs: number;
  maxAgeMs: number;
  maxEntries?: number;
  /** The current fingerprint of a page's `check` (null: unknown, render); without it every refresh renders. */
  fingerprint?: (check: string) => Promise<string | null>;
}

export type PageCacheState = 'hit' | 'stale' | 'miss';

const OVERLOAD_FACTOR = 5;

export class PageCache {
  private entries: TaggedCache<Kept>;
  private filling = new Map<string, Promise<StoredResponse>>();

  constructor(private readonly options: PageCacheOptions = { freshMs: 1_000, maxAgeMs: 2_000 }) {
    this.entries = new TaggedCache(options.maxEntries ?? 2_000);
  }

  /** The response under `key`, filling it (once, however many ask at the same time) when missing or old. */
  async get(key: string, fill: () => Promise<Filled>, now = Date.now()): Promise<{ response: StoredResponse; state: PageCacheState }> {
    const kept = this.entries.get(key, now);
    if (kept) {
      const age = now - kept.response.renderedAt;
      if (age < this.options.freshMs) return { response: kept.response, state: 'hit' };
      if (age < this.options.maxAgeMs || this.filling.has(key)) {
        // Serve what we have while one refresh runs; a failed refresh leaves the entry to expire.
        this.refresh(key, fill, kept).catch((error: unknown) => console.error('page cache: refresh failed', { key, error }));
        return { response: kept.response, state: 'stale' };
      }
    }
    return { response: await this.refresh(key, fill, kept), state: 'miss' };
  }

  /** Drops every response carrying one of the tags (`*`: all). */
  invalidate(tags: string[]): void {
    this.entries.invalidate(tags);
  }

  get size(): number {
    return this.entries.size;
  }

  private refresh(key: string, fill: () => Promise<Filled>, kept: Kept | undefined): Promise<StoredResponse> {
    const running = this.filling.get(key);
    if (running) return running;
    const refreshed = this.revalidate(key, fill, kept).finally(() => this.filling.delete(key));
    this.filling.set(key, refreshed);
    return refreshed;
  }

  /** Keeps the page if its check's fingerprint is unchanged since it was rendered, else renders it. */
  private async revalidate(key: string, fill: () => Promise<Filled>, kept: Kept | undefined): Promise<StoredResponse> {
    // Taken before reading anything: an invalidation that lands meanwhile keeps the result out.
    const readSince = this.entries.mark();
    const check = kept?.check ?? null;
    const fingerprint = check && this.options.fingerprint ? await this.options.fingerprint(check) : null;
    if (kept && fingerprint !== null && fingerprint === kept.fingerprint) {
      const response = { ...kept.response, renderedAt: Date.now() };
      this.keep(key, { ...kept, response }, readSince);
      return response;
    }
    const filled = await fill();
    if (filled.tags) {
      // The fingerprint read before this render describes it only if the page still names the same check.
      const same = (filled.check ?? null) === check;
      this.keep(key, { response: filled.response, tags: filled.tags, check: filled.check ?? null, fingerprint: same ? fingerprint : null }, readSince);
    }
    return filled.response;
  }

  private keep(key: string, kept: Kept, readSince: number): void {
    this.entries.set(key, kept, { expiresAt: kept.response.renderedAt + OVERLOAD_FACTOR * this.options.maxAgeMs, tags: kept.tags, readSince });
  }
}
