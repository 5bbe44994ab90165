// All emulator state in one serialisable object, with an adjustable clock and optional JSON persistence.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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

export class Store {
  state: EmulatorState;
  private saveTimer: NodeJS.Timeout | null = null;

  constructor(private readonly statePath: string | undefined) {
    this.state = statePath ? loadState(statePath) : emptyState();
  }

  /** Unix seconds on the emulator's clock, which tests may move forward. */
  now(): number {
    return Math.floor(Date.now() / 1000) + this.state.clockOffsetSeconds;
  }

  reset(): void {
    this.state = emptyState();
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
    mkdirSync(dirname(this.statePath), { recursive: true });
    const tmp = `${this.statePath}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.state));
    renameSync(tmp, this.statePath);
  }
}

function loadState(path: string): EmulatorState {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyState();
    throw new Error(`Cannot read Stripe emulator state from ${path}`, { cause: error });
  }
  const parsed = JSON.parse(raw) as Partial<EmulatorState>;
  if (parsed.version !== 1) throw new Error(`Unknown Stripe emulator state version in ${path}`);
  return { ...emptyState(), ...parsed };
}

export function clone<T>(value: T): T {
  return structuredClone(value);
}
