// All emulator state: one map per collection, an adjustable clock, and transactions. Every API
// request runs in one transaction: the objects it reads or writes are noted (with their JSON as it
// was), so an error rolls them all back and a commit knows exactly which objects changed, which is
// all the journal (optional persistence) writes.
import type Stripe from 'stripe';
import { Journal } from './journal';
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

/** What each collection holds, by id. */
export interface Collections {
  paymentIntents: Stripe.PaymentIntent;
  setupIntents: Stripe.SetupIntent;
  customers: Stripe.Customer | Stripe.DeletedCustomer;
  paymentMethods: Stripe.PaymentMethod;
  charges: Stripe.Charge;
  refunds: Stripe.Refund;
  accounts: Stripe.Account | Stripe.DeletedAccount;
  accountLinks: AccountLinkRecord;
  events: Stripe.EventBase;
  webhookEndpoints: StoredWebhookEndpoint;
  deliveries: WebhookDelivery;
  cards: CardRecord;
  authentications: AuthenticationRecord;
  idempotency: IdempotencyRecord;
}

export type Collection = keyof Collections;

export const COLLECTIONS: readonly Collection[] = [
  'paymentIntents',
  'setupIntents',
  'customers',
  'paymentMethods',
  'charges',
  'refunds',
  'accounts',
  'accountLinks',
  'events',
  'webhookEndpoints',
  'deliveries',
  'cards',
  'authentications',
  'idempotency',
];

type Maps = { [C in Collection]: Map<string, Collections[C]> };

const emptyMaps = (): Maps => Object.fromEntries(COLLECTIONS.map((c) => [c, new Map()])) as unknown as Maps;

/**
 * An error that is the request's answer rather than its failure (`keepChanges`, see errors.ts):
 * its changes are committed, as a declined card leaves the PaymentIntent declined with Stripe.
 */
function keepsChanges(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { keepChanges?: unknown }).keepChanges === true;
}

/** A request's view of the store: what it touches is noted so it can be undone or journaled. */
export class Transaction {
  /** Each touched object's JSON before the transaction (null: it did not exist). */
  readonly before = new Map<Collection, Map<string, string | null>>();
  clockBefore: number | null = null;

  constructor(private readonly store: Store) {}

  now(): number {
    return this.store.now();
  }

  /** The object, which the caller may change: it is noted first so an error restores it. */
  get<C extends Collection>(collection: C, id: string): Collections[C] | undefined {
    const value = this.store.maps[collection].get(id);
    if (value !== undefined) this.note(collection, id, value);
    return value;
  }

  /** Inserts or replaces an object. */
  put<C extends Collection>(collection: C, id: string, value: Collections[C]): void {
    this.note(collection, id, this.store.maps[collection].get(id));
    this.store.maps[collection].set(id, value);
  }

  remove(collection: Collection, id: string): void {
    this.note(collection, id, this.store.maps[collection].get(id));
    this.store.maps[collection].delete(id);
  }

  /** Every object of a collection, oldest first, to read; `get` one before changing it. */
  values<C extends Collection>(collection: C): IterableIterator<Readonly<Collections[C]>> {
    return this.store.maps[collection].values();
  }

  /** Moves the emulator's clock forward; returns the new offset from the wall clock. */
  advanceClock(seconds: number): number {
    this.clockBefore ??= this.store.clockOffsetSeconds;
    return (this.store.clockOffsetSeconds += seconds);
  }

  private note(collection: Collection, id: string, value: unknown): void {
    let notes = this.before.get(collection);
    if (!notes) this.before.set(collection, (notes = new Map()));
    if (!notes.has(id)) notes.set(id, value === undefined ? null : JSON.stringify(value));
  }
}

export class Store {
  /** @internal Transactions read and write these; everyone else goes through a transaction. */
  maps: Maps = emptyMaps();
  /** @internal */
  clockOffsetSeconds = 0;
  private current: Transaction | null = null;
  private readonly journal: Journal | null;

  constructor(statePath: string | undefined, journalCompactMinBytes?: number) {
    this.journal = statePath ? new Journal(statePath, journalCompactMinBytes) : null;
    if (!this.journal) return;
    this.journal.onDue = () => this.flush();
    const replayed = this.journal.replay(COLLECTIONS);
    for (const c of COLLECTIONS) this.maps[c] = replayed.objects.get(c) as never;
    this.clockOffsetSeconds = replayed.clockOffsetSeconds;
    // A state file from before the journal becomes one.
    if (replayed.legacy) this.journal.compact(this.everything(), this.clockOffsetSeconds);
  }

  /** Unix seconds on the emulator's clock, which tests may move forward. */
  now(): number {
    return Math.floor(Date.now() / 1000) + this.clockOffsetSeconds;
  }

  /**
   * Runs `work` as one transaction: on an error every object it touched goes back to how it was
   * (unless the error keeps its changes, like a card decline), on success the changed objects are
   * journaled. A transaction started inside another joins it.
   */
  transaction<T>(work: (tx: Transaction) => T): T {
    if (this.current) return work(this.current);
    const tx = new Transaction(this);
    this.current = tx;
    try {
      const result = work(tx);
      this.commit(tx);
      return result;
    } catch (error) {
      if (keepsChanges(error)) this.commit(tx);
      else this.rollback(tx);
      throw error;
    } finally {
      this.current = null;
    }
  }

  /** One object, read outside any request (webhook delivery, control API). */
  peek<C extends Collection>(collection: C, id: string): Readonly<Collections[C]> | undefined {
    return this.maps[collection].get(id);
  }

  /** Every object of a collection, oldest first, read outside any request. */
  values<C extends Collection>(collection: C): IterableIterator<Readonly<Collections[C]>> {
    return this.maps[collection].values();
  }

  /** The whole state as one JSON-able object (the control API's /_emulator/state). */
  snapshot(): Record<string, unknown> {
    const out: Record<string, unknown> = { version: 1, clockOffsetSeconds: this.clockOffsetSeconds };
    for (const c of COLLECTIONS) out[c] = Object.fromEntries(this.maps[c]);
    return out;
  }

  reset(): void {
    this.maps = emptyMaps();
    this.clockOffsetSeconds = 0;
    this.journal?.compact([], 0);
  }

  /** Writes what is pending to the journal (on shutdown; otherwise every 50 ms at most). */
  flush(): void {
    this.journal?.flush(() => this.everything(), this.clockOffsetSeconds);
  }

  private *everything(): Iterable<[string, string, unknown]> {
    for (const c of COLLECTIONS) for (const [id, value] of this.maps[c]) yield [c, id, value];
  }

  private commit(tx: Transaction): void {
    if (!this.journal) return;
    if (tx.clockBefore !== null && tx.clockBefore !== this.clockOffsetSeconds) this.journal.recordClock(this.clockOffsetSeconds);
    for (const [collection, notes] of tx.before) {
      const map = this.maps[collection];
      for (const [id, before] of notes) {
        const value = map.get(id);
        const after = value === undefined ? null : JSON.stringify(value);
        if (after !== before) this.journal.record(collection, id, after);
      }
    }
  }

  private rollback(tx: Transaction): void {
    if (tx.clockBefore !== null) this.clockOffsetSeconds = tx.clockBefore;
    for (const [collection, notes] of tx.before) {
      const map = this.maps[collection] as Map<string, unknown>;
      for (const [id, before] of notes) {
        if (before === null) map.delete(id);
        else map.set(id, JSON.parse(before));
      }
    }
  }
}
