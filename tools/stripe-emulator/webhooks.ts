// Delivers events to webhook endpoints: signed like Stripe, off the request path, retried with back-off,
// and controllable (pause, redeliver, duplicate, deliver in a chosen order) for tests.
import { createHmac } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import type Stripe from 'stripe';
import { newId } from './ids';
import { eventTypeMatches } from './model/events';
import type { Store, StoredWebhookEndpoint, WebhookDelivery } from './store';

export interface WebhookOptions {
  /** First retry delay; doubles each attempt up to `maxDelayMs`. */
  retryBaseMs: number;
  maxDelayMs: number;
  maxAttempts: number;
  timeoutMs: number;
  log: (message: string) => void;
}

export const DEFAULT_WEBHOOK_OPTIONS: Omit<WebhookOptions, 'log'> = {
  retryBaseMs: 1000,
  maxDelayMs: 60_000,
  maxAttempts: 8,
  timeoutMs: 10_000,
};

export function signPayload(payload: string, secret: string, timestamp: number): string {
  const signature = createHmac('sha256', secret).update(`${timestamp}.${payload}`).digest('hex');
  return `t=${timestamp},v1=${signature}`;
}

function wants(endpoint: Readonly<StoredWebhookEndpoint>, type: string): boolean {
  return endpoint.endpoint.status === 'enabled' && endpoint.endpoint.enabled_events.some((p) => eventTypeMatches(p, type));
}

// Plain http(s) with kept-alive connections rather than fetch: a delivery is one small POST, and
// fetch's streams cost several times the request itself. No Accept-Encoding: the answer is ignored.
interface Agents {
  'http:': http.Agent;
  'https:': https.Agent;
}

/** POSTs the payload and resolves with the status code (the body is discarded). */
function post(agents: Agents, url: string, payload: string, headers: Record<string, string>, timeoutMs: number): Promise<number> {
  const target = new URL(url);
  const transport = target.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = transport.request(
      target,
      {
        method: 'POST',
        agent: target.protocol === 'https:' ? agents['https:'] : agents['http:'],
        headers: { ...headers, 'Content-Length': Buffer.byteLength(payload).toString() },
        timeout: timeoutMs,
      },
      (response) => {
        response.resume();
        response.once('end', () => resolve(response.statusCode ?? 0));
        response.once('error', reject);
      },
    );
    request.once('timeout', () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    request.once('error', (error: NodeJS.ErrnoException) => {
      // A kept-alive connection the receiver closed just as it was reused: nothing reached it, send again.
      if (request.reusedSocket && error.code === 'ECONNRESET') post(agents, url, payload, headers, timeoutMs).then(resolve, reject);
      else reject(error);
    });
    request.end(payload);
  });
}

export class WebhookDispatcher {
  private paused = false;
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly scheduled = new Set<string>();
  private readonly agents: Agents = { 'http:': new http.Agent({ keepAlive: true }), 'https:': new https.Agent({ keepAlive: true }) };
  private closed = false;

  constructor(
    private readonly store: Store,
    private readonly options: WebhookOptions,
  ) {}

  get isPaused(): boolean {
    return this.paused;
  }

  /** Picks up deliveries left pending by a previous run (persisted state). */
  start(): void {
    if (!this.paused) for (const delivery of this.pending()) this.schedule(delivery.id, 0);
  }

  enqueue(events: readonly Stripe.EventBase[]): void {
    const created = this.store.transaction(() => events.flatMap((event) => this.createDeliveries(event.id, 'automatic')));
    if (!this.paused) for (const delivery of created) this.schedule(delivery.id, 0);
  }

  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.paused = false;
    this.pending().forEach((delivery) => this.schedule(delivery.id, 0));
  }

  /**
   * Delivers the given events one after another, in that order, awaiting each endpoint's answer.
   * Pending automatic deliveries of those events are used up rather than sent again later.
   */
  async deliverInOrder(eventIds: string[], reason: WebhookDelivery['reason']): Promise<Readonly<WebhookDelivery>[]> {
    const results: Readonly<WebhookDelivery>[] = [];
    for (const eventId of eventIds) {
      const pending = reason === 'ordered' ? this.pending().filter((d) => d.event === eventId) : [];
      const deliveries = pending.length > 0 ? pending : this.store.transaction(() => this.createDeliveries(eventId, reason));
      for (const delivery of deliveries) {
        await this.attempt(delivery.id);
        results.push(this.store.peek('deliveries', delivery.id)!);
      }
    }
    return results;
  }

  deliveries(filter: { event?: string; endpoint?: string } = {}): Readonly<WebhookDelivery>[] {
    return [...this.store.values('deliveries')].filter(
      (d) => (filter.event === undefined || d.event === filter.event) && (filter.endpoint === undefined || d.endpoint === filter.endpoint),
    );
  }

  /** Cancels timers and waits for requests already on the wire. */
  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await Promise.allSettled([...this.inFlight]);
    this.agents['http:'].destroy();
    this.agents['https:'].destroy();
  }

  /** After a state reset: forget every scheduled send. */
  cancelAll(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.scheduled.clear();
  }

  private pending(): Readonly<WebhookDelivery>[] {
    return [...this.store.values('deliveries')].filter((d) => d.status === 'pending' && !this.scheduled.has(d.id));
  }

  private createDeliveries(eventId: string, reason: WebhookDelivery['reason']): WebhookDelivery[] {
    return this.store.transaction((tx) => {
      const event = tx.get('events', eventId);
      if (!event) throw new Error(`No such event: ${eventId}`);
      const created: WebhookDelivery[] = [];
      for (const endpoint of tx.values('webhookEndpoints')) {
        if (!wants(endpoint, event.type)) continue;
        const delivery: WebhookDelivery = {
          id: newId('wd'),
          event: event.id,
          endpoint: endpoint.endpoint.id,
          status: 'pending',
          attempts: [],
          reason,
          created: Date.now(),
        };
        tx.put('deliveries', delivery.id, delivery);
        created.push(delivery);
      }
      if (reason === 'automatic') event.pending_webhooks = created.length;
      return created;
    });
  }

  private schedule(deliveryId: string, delayMs: number): void {
    if (this.closed) return;
    this.scheduled.add(deliveryId);
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.scheduled.delete(deliveryId);
      if (this.paused) return;
      const run = this.attempt(deliveryId).finally(() => this.inFlight.delete(run));
      this.inFlight.add(run);
    }, delayMs);
    this.timers.add(timer);
  }

  private async attempt(deliveryId: string): Promise<void> {
    const delivery = this.store.peek('deliveries', deliveryId);
    const stored = delivery && this.store.peek('webhookEndpoints', delivery.endpoint);
    const event = delivery && this.store.peek('events', delivery.event);
    if (!delivery || !stored || !event || delivery.status !== 'pending') return;
    const payload = JSON.stringify(event);
    // Signatures use the wall clock, not the emulator clock, so receivers' tolerance checks behave as with Stripe.
    const signature = signPayload(payload, stored.secret, Math.floor(Date.now() / 1000));
    let status: number | null = null;
    let error: string | null = null;
    try {
      status = await post(
        this.agents,
        stored.endpoint.url,
        payload,
        {
          'Content-Type': 'application/json; charset=utf-8',
          'Stripe-Signature': signature,
          'User-Agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
        },
        this.options.timeoutMs,
      );
    } catch (cause) {
      error = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
    }
    const ok = status !== null && status >= 200 && status < 300;
    const retryIn = this.store.transaction((tx) => {
      const current = tx.get('deliveries', deliveryId);
      if (!current || current.status !== 'pending') return null;
      current.attempts.push({ at: Date.now(), status, error });
      this.options.log(`webhook ${event.type} ${event.id} → ${stored.endpoint.url}: ${status ?? error} (attempt ${current.attempts.length})`);
      if (ok) {
        current.status = 'succeeded';
        const stillThere = tx.get('events', event.id);
        if (current.reason === 'automatic' && stillThere) stillThere.pending_webhooks = Math.max(0, stillThere.pending_webhooks - 1);
        return null;
      }
      if (current.reason === 'automatic' && current.attempts.length < this.options.maxAttempts) {
        // While paused the delivery stays pending; resume() sends it again.
        return Math.min(this.options.retryBaseMs * 2 ** (current.attempts.length - 1), this.options.maxDelayMs);
      }
      // Control-API deliveries are one-shot, so a test sees exactly the attempts it asked for.
      current.status = 'failed';
      return null;
    });
    if (retryIn !== null && !this.paused) this.schedule(deliveryId, retryIn);
  }
}
