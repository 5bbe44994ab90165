// An in-process cache of values under string keys, each entry tagged so a write can drop exactly the
// entries it changed, with an expiry per entry and a bound on size (least recently used goes first).
export class TaggedCache<V> {
  private entries = new Map<string, { value: V; expiresAt: number; tags: string[] }>();
  private byTag = new Map<string, Set<string>>();
  // When each tag was last invalidated, so a value read while its tags were being invalidated is not
  // kept (it may be what the invalidation replaced). Forgotten in bulk past a size; `floor` then
  // treats every tag as invalidated at that point.
  private clock = 0;
  private invalidatedAt = new Map<string, number>();
  private floor = 0;

  constructor(private readonly maxEntries = 5_000) {}

  get(key: string, now = Date.now()): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now) {
      this.delete(key);
      return undefined;
    }
    // Re-inserting keeps Map order as recency order for eviction.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** A mark to pass to `set` as `readSince`, taken before reading the value. */
  mark(): number {
    return this.clock;
  }

  /** Keeps the value unless one of its tags was invalidated after `readSince` (then it is stale already). */
  set(key: string, value: V, options: { expiresAt: number; tags: string[]; readSince?: number }): void {
    const since = options.readSince;
    if (since !== undefined && (this.floor > since || options.tags.some((tag) => (this.invalidatedAt.get(tag) ?? 0) > since))) return;
    this.delete(key);
    this.entries.set(key, { value, expiresAt: options.expiresAt, tags: options.tags });
    for (const tag of options.tags) {
      const keys = this.byTag.get(tag) ?? new Set<string>();
      keys.add(key);
      this.byTag.set(tag, keys);
    }
    while (this.entries.size > this.maxEntries) this.delete(this.entries.keys().next().value!);
  }

  /** Drops every entry carrying any of the tags; `*` drops everything. */
  invalidate(tags: Iterable<string>): void {
    this.clock++;
    if (this.invalidatedAt.size > 50_000) {
      this.invalidatedAt.clear();
      this.floor = this.clock;
    }
    for (const tag of tags) {
      if (tag === '*') {
        this.entries.clear();
        this.byTag.clear();
        this.floor = this.clock;
        return;
      }
      this.invalidatedAt.set(tag, this.clock);
      for (const key of this.byTag.get(tag) ?? []) this.delete(key);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    for (const tag of entry.tags) {
      const keys = this.byTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) this.byTag.delete(tag);
    }
  }
}
