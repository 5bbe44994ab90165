// Persistence as an append-only journal of JSON lines: one line per object a committed request
// changed (its new JSON, or null when deleted), a clock line, or a reset. The cost of a write does
// not grow with the number of objects kept. A restart replays the lines in order; when the journal
// has grown well past the live state it is rewritten as one line per live object (compaction).
import { appendFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** One journal line: an object's new JSON (null: deleted), the clock, or a full reset. */
type JournalEntry = { c: string; id: string; v: unknown } | { clock: number } | { reset: true };

// Compact once the journal is this many times the live state, and at least this big: each
// compaction rewrites L bytes after at least L/2 were appended, so writing stays O(1) per change.
const COMPACT_RATIO = 1.5;
export const COMPACT_MIN_BYTES = 1 << 20;

export interface ReplayedState {
  objects: Map<string, Map<string, unknown>>;
  clockOffsetSeconds: number;
}

function isJournalLine(line: string): boolean {
  return /^\{"(c|clock|reset)":/.test(line);
}

const lineFor = (collection: string, id: string, json: string) => `{"c":${JSON.stringify(collection)},"id":${JSON.stringify(id)},"v":${json}}`;

export class Journal {
  private pending: string[] = [];
  private timer: NodeJS.Timeout | null = null;
  private journalBytes = 0;
  /** Size of each live object's last line, to know the live state's size without serialising it. */
  private readonly sizes = new Map<string, number>();
  private liveBytes = 0;

  constructor(
    private readonly path: string,
    private readonly compactMinBytes = COMPACT_MIN_BYTES,
  ) {}

  /** Reads the journal (or a whole-state file from before the journal, `legacy`). */
  replay(collections: readonly string[]): ReplayedState & { legacy: boolean } {
    const objects = new Map(collections.map((c) => [c, new Map<string, unknown>()]));
    const state = { objects, clockOffsetSeconds: 0, legacy: false };
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return state;
      throw new Error(`Cannot read Stripe emulator state from ${this.path}`, { cause: error });
    }
    const lines = text.split('\n');
    if (!isJournalLine(lines[0] ?? '')) {
      const parsed = JSON.parse(text) as Record<string, unknown> & { version?: number; clockOffsetSeconds?: number };
      if (parsed.version !== 1) throw new Error(`Unknown Stripe emulator state version in ${this.path}`);
      for (const c of collections) for (const [id, value] of Object.entries((parsed[c] as Record<string, unknown>) ?? {})) objects.get(c)!.set(id, value);
      return { ...state, clockOffsetSeconds: parsed.clockOffsetSeconds ?? 0, legacy: true };
    }
    lines.forEach((line, index) => {
      if (!line) return;
      let entry: JournalEntry;
      try {
        entry = JSON.parse(line) as JournalEntry;
      } catch (error) {
        // A line cut short by a crash mid-write is the last one; anything else is damage.
        if (index >= lines.length - 2) return;
        throw new Error(`Stripe emulator journal ${this.path} is damaged at line ${index + 1}`, { cause: error });
      }
      if ('reset' in entry) for (const map of objects.values()) map.clear();
      else if ('clock' in entry) state.clockOffsetSeconds = entry.clock;
      else if (entry.v === null) objects.get(entry.c)?.delete(entry.id);
      else objects.get(entry.c)?.set(entry.id, entry.v);
    });
    this.journalBytes = text.length;
    for (const [c, map] of objects) {
      for (const [id, value] of map) this.noteSize(`${c}/${id}`, JSON.stringify(value).length);
    }
    return state;
  }

  /** An object's new JSON after a commit (null: deleted); written with the next flush. */
  record(collection: string, id: string, json: string | null): void {
    this.noteSize(`${collection}/${id}`, json === null ? 0 : json.length);
    this.pending.push(lineFor(collection, id, json ?? 'null'));
    this.schedule();
  }

  recordClock(offsetSeconds: number): void {
    this.pending.push(JSON.stringify({ clock: offsetSeconds }));
    this.schedule();
  }

  /** Appends what the last burst of requests changed (every 50 ms at most, and on close). */
  flush(live: () => Iterable<[string, string, unknown]>, clockOffsetSeconds: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.pending.length === 0) return;
    const chunk = `${this.pending.join('\n')}\n`;
    this.pending = [];
    if (this.journalBytes === 0) mkdirSync(dirname(this.path), { recursive: true });
    appendFileSync(this.path, chunk);
    this.journalBytes += chunk.length;
    if (this.journalBytes > this.compactMinBytes && this.journalBytes > COMPACT_RATIO * this.liveBytes) this.compact(live(), clockOffsetSeconds);
  }

  /** Rewrites the journal as the live state, one line per object, and swaps it in atomically. */
  compact(live: Iterable<[string, string, unknown]>, clockOffsetSeconds: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending = [];
    this.sizes.clear();
    this.liveBytes = 0;
    const lines = [JSON.stringify({ reset: true }), JSON.stringify({ clock: clockOffsetSeconds })];
    for (const [collection, id, value] of live) {
      const json = JSON.stringify(value);
      this.noteSize(`${collection}/${id}`, json.length);
      lines.push(lineFor(collection, id, json));
    }
    const text = `${lines.join('\n')}\n`;
    mkdirSync(dirname(this.path), { recursive: true });
    const tmp = `${this.path}.tmp`;
    writeFileSync(tmp, text);
    renameSync(tmp, this.path);
    this.journalBytes = text.length;
  }

  /** Set by the store: how to flush when the timer fires. */
  onDue: () => void = () => {};

  private schedule(): void {
    if (!this.timer) this.timer = setTimeout(() => this.onDue(), 50);
  }

  private noteSize(key: string, size: number): void {
    this.liveBytes += size - (this.sizes.get(key) ?? 0);
    if (size === 0) this.sizes.delete(key);
    else this.sizes.set(key, size);
  }
}
