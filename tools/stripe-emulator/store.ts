// All emulator state in one serialisable object, with an adjustable clock and optional persistence
// as an append-only journal.
import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type Stripe from 'stripe';
import type { CardBehaviour } from './test-cards';

export interface CardRecord {
  behaviour: CardBehaviour;
  /** Authenticated once for future use, so 4000002500003155 no longer asks. */
  setUpForFutureUse: boolean;
  /** Used for a payment without being attached to a customer: Stripe refuses to reuse it. */
  consumed: boolean;
}

export interface AuthenticationRecord {
  id: string;
  intent: { object: 'payment_intent' | 'setup_intent'; id: string };
  /** Set when the challenge is a full-page redirect rather than a Stripe.js modal. */
  returnUrl: string | null;
  status: 'pending' | 'completed' | 'failed';
}

export interface AccountLinkRecord {
  token: string;
  account: string;
  type: 'account_onboarding' | 'account_update';
  refreshUrl: string;
  returnUrl: string;
  expiresAt: number;
  used: boolean;
}

export interface StoredWebhookEndpoint {
  endpoint: Stripe.WebhookEndpoint;
  secret: string;
}

export interface WebhookAttempt {
  at: number;
  status: number | null;
  error: string | null;
}

export interface WebhookDelivery {
  id: string;
  event: string;
  endpoint: string;
  status: 'pending' | 'succeeded' | 'failed';
  attempts: WebhookAttempt[];
  /** Why it exists: the automatic one, or a control-API redelivery. */
  reason: 'automatic' | 'redeliver' | 'duplicate' | 'ordered';
  created: number;
}

export interface IdempotencyRecord {
  method: string;
  path: string;
  fingerprint: string;
  status: number;
  body: string;
  created: number;
}

export interface EmulatorState {
  version: 1;
  clockOffsetSeconds: number;
  paymentIntents: Record<string, Stripe.PaymentIntent>;
  setupIntents: Record<string, Stripe.SetupIntent>;
  customers: Record<string, Stripe.Customer | Stripe.DeletedCustomer>;
  paymentMethods: Record<string, Stripe.PaymentMethod>;
  charges: Record<string, Stripe.Charge>;
  refunds: Record<string, Stripe.Refund>;
  accounts: Record<string, Stripe.Account | Stripe.DeletedAccount>;
  accountLinks: Record<string, AccountLinkRecord>;
  events: Record<string, Stripe.EventBase>;
  webhookEndpoints: Record<string, StoredWebhookEndpoint>;
  deliveries: Record<string, WebhookDelivery>;
  cards: Record<string, CardRecord>;
  authentications: Record<string, AuthenticationRecord>;
  idempotency: Record<string, IdempotencyRecord>;
}

export function emptyState(): EmulatorState {
  return {
    version: 1,
    clockOffsetSeconds: 0,
    paymentIntents: {},
    setupIntents: {},
    customers: {},
    paymentMethods: {},
    charges: {},
    refunds: {},
    accounts: {},
    accountLinks: {},
    events: {},
    webhookEndpoints: {},
    deliveries: {},
    cards: {},
    authentications: {},
    idempotency: {},
  };
}

function isJournalLine(line: string): boolean {
  return /^\{"(c|clock|reset)":/.test(line);
}

type Collection = Exclude<keyof EmulatorState, 'version' | 'clockOffsetSeconds'>;
const COLLECTIONS = Object.keys(emptyState()).filter((key) => key !== 'version' && key !== 'clockOffsetSeconds') as Collection[];

/** One journal line: an object's new value (null: deleted), the clock, or a full reset. */
type JournalEntry = { c: Collection; id: string; v: unknown } | { clock: number } | { reset: true };

// Compact once the journal is this many times the live state, and at least this big: each
// compaction rewrites L bytes after at least L/2 were appended, so writing stays O(1) per change.
const COMPACT_RATIO = 1.5;
const COMPACT_MIN_BYTES = 1 << 20;

/**
 * Persistence is an append-only journal of JSON lines: after a burst of requests (50 ms) it appends
 * only the objects those requests touched and changed, so the cost of a write does not grow with
 * the number of objects kept. Touches are seen through a Proxy on each collection (reads and
 * writes by id, and enumerations); a touched object is written when its JSON digest differs from
 * the one last written. A restart replays the lines in order; when the journal has grown to twice
 * the live state it is rewritten as one line per live object (compaction).
 */
export class Store {
  private current!: EmulatorState;
  private saveTimer: NodeJS.Timeout | null = null;
  private readonly touched = new Map<Collection, Set<string>>();
  /** Per object last written: its JSON digest and size. */
  private readonly written = new Map<string, { digest: string; size: number }>();
  private writtenClock = 0;
  private journalBytes = 0;
  private liveBytes = 0;

  constructor(
    private readonly statePath: string | undefined,
    private readonly compactMinBytes = COMPACT_MIN_BYTES,
  ) {
    this.attach(statePath ? this.load(statePath) : emptyState());
  }

  get state(): EmulatorState {
    return this.current;
  }

  /** Unix seconds on the emulator's clock, which tests may move forward. */
  now(): number {
    return Math.floor(Date.now() / 1000) + this.current.clockOffsetSeconds;
  }

  reset(): void {
    this.attach(emptyState());
    this.written.clear();
    if (this.statePath) this.compact();
  }

  /** Marks an object changed outside a request (a webhook attempt finishing later). */
  changed(collection: Collection, id: string): void {
    this.touch(collection, id);
    this.scheduleSave();
  }

  /** Coalesces the writes of a burst of requests; `flush` on shutdown. */
  scheduleSave(): void {
    if (!this.statePath || this.saveTimer) return;
    this.saveTimer = setTimeout(() => this.flush(), 50);
  }

  flush(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    if (!this.statePath) return;
    const lines: string[] = [];
    if (this.current.clockOffsetSeconds !== this.writtenClock) {
      this.writtenClock = this.current.clockOffsetSeconds;
      lines.push(JSON.stringify({ clock: this.writtenClock }));
    }
    for (const [collection, ids] of this.touched) {
      const objects = this.raw(collection);
      for (const id of ids) {
        const value = objects[id] ?? null;
        const json = JSON.stringify(value);
        const key = `${collection}/${id}`;
        const digest = createHash('sha1').update(json).digest('base64');
        const before = this.written.get(key);
        if (before?.digest === digest) continue;
        this.liveBytes += (value === null ? 0 : json.length) - (before?.size ?? 0);
        if (value === null) this.written.delete(key);
        else this.written.set(key, { digest, size: json.length });
        lines.push(`{"c":${JSON.stringify(collection)},"id":${JSON.stringify(id)},"v":${json}}`);
      }
    }
    this.touched.clear();
    if (lines.length === 0) return;
    const chunk = `${lines.join('\n')}\n`;
    if (this.journalBytes === 0) mkdirSync(dirname(this.statePath), { recursive: true });
    appendFileSync(this.statePath, chunk);
    this.journalBytes += chunk.length;
    if (this.journalBytes > this.compactMinBytes && this.journalBytes > COMPACT_RATIO * this.liveBytes) this.compact();
  }

  /** Rewrites the journal as the live state, one line per object, and swaps it in atomically. */
  compact(): void {
    if (!this.statePath) return;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    this.touched.clear();
    this.written.clear();
    const lines: string[] = [JSON.stringify({ reset: true }), JSON.stringify({ clock: this.current.clockOffsetSeconds })];
    this.writtenClock = this.current.clockOffsetSeconds;
    for (const collection of COLLECTIONS) {
      for (const [id, value] of Object.entries(this.raw(collection))) {
        const json = JSON.stringify(value);
        this.written.set(`${collection}/${id}`, { digest: createHash('sha1').update(json).digest('base64'), size: json.length });
        lines.push(`{"c":${JSON.stringify(collection)},"id":${JSON.stringify(id)},"v":${json}}`);
      }
    }
    const text = `${lines.join('\n')}\n`;
    mkdirSync(dirname(this.statePath), { recursive: true });
    const tmp = `${this.statePath}.tmp`;
    writeFileSync(tmp, text);
    renameSync(tmp, this.statePath);
    this.journalBytes = text.length;
    this.liveBytes = text.length;
  }

  private readonly raws = new WeakMap<object, Record<string, unknown>>();

  private raw(collection: Collection): Record<string, unknown> {
    const proxy = this.current[collection] as object;
    return this.raws.get(proxy) ?? (proxy as Record<string, unknown>);
  }

  private touch(collection: Collection, id: string): void {
    let ids = this.touched.get(collection);
    if (!ids) this.touched.set(collection, (ids = new Set()));
    ids.add(id);
  }

  /** Wraps each collection so that every object read, written, deleted or enumerated is noted. */
  private attach(state: EmulatorState): void {
    const store = this;
    for (const collection of COLLECTIONS) {
      const target = state[collection] as Record<string, unknown>;
      const proxy = new Proxy(target, {
        get(objects, key, receiver) {
          if (typeof key === 'string' && Object.hasOwn(objects, key)) store.touch(collection, key);
          return Reflect.get(objects, key, receiver);
        },
        set(objects, key, value, receiver) {
          if (typeof key === 'string') store.touch(collection, key);
          return Reflect.set(objects, key, value, receiver);
        },
        deleteProperty(objects, key) {
          if (typeof key === 'string') store.touch(collection, key);
          return Reflect.deleteProperty(objects, key);
        },
      });
      this.raws.set(proxy, target);
      (state as unknown as Record<Collection, unknown>)[collection] = proxy;
    }
    this.current = state;
    this.touched.clear();
  }

  /** Replays the journal (or reads a state file from before the journal, then compacts it into one). */
  private load(path: string): EmulatorState {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyState();
      throw new Error(`Cannot read Stripe emulator state from ${path}`, { cause: error });
    }
    const state = emptyState();
    const lines = text.split('\n');
    if (!isJournalLine(lines[0] ?? '')) {
      const parsed = JSON.parse(text) as Partial<EmulatorState>;
      if (parsed.version !== 1) throw new Error(`Unknown Stripe emulator state version in ${path}`);
      Object.assign(state, parsed);
      queueMicrotask(() => this.compact());
      return state;
    }
    lines.forEach((line, index) => {
      if (!line) return;
      let entry: JournalEntry;
      try {
        entry = JSON.parse(line) as JournalEntry;
      } catch (error) {
        // A line cut short by a crash mid-write is the last one; anything else is damage.
        if (index >= lines.length - 2) return;
        throw new Error(`Stripe emulator journal ${path} is damaged at line ${index + 1}`, { cause: error });
      }
      if ('reset' in entry) Object.assign(state, emptyState());
      else if ('clock' in entry) state.clockOffsetSeconds = entry.clock;
      else if (entry.v === null) delete (state[entry.c] as Record<string, unknown>)[entry.id];
      else (state[entry.c] as Record<string, unknown>)[entry.id] = entry.v;
    });
    this.journalBytes = text.length;
    this.writtenClock = state.clockOffsetSeconds;
    for (const collection of COLLECTIONS) {
      for (const [id, value] of Object.entries(state[collection] as Record<string, unknown>)) {
        const json = JSON.stringify(value);
        this.written.set(`${collection}/${id}`, { digest: createHash('sha1').update(json).digest('base64'), size: json.length });
        this.liveBytes += json.length;
      }
    }
    return state;
  }
}

export function clone<T>(value: T): T {
  return structuredClone(value);
}
