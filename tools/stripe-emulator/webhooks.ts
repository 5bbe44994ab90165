// Delivers events to webhook endpoints: signed like Stripe, off the request path, retried with back-off,
// and controllable (pause, redeliver, duplicate, deliver in a chosen order) for tests.
import { createHmac } from 'node:crypto';
import type Stripe from 'stripe';
import { newId } from './ids';
import { eventTypeMatches } from './resources/events';
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

function wants(endpoint: StoredWebhookEndpoint, type: string): boolean {
  return endpoint.endpoint.status === 'enabled' && endpoint.endpoint.enabled_events.some((p) => eventTypeMatches(p, type));
}

export class WebhookDispatcher {
  private paused = false;
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly inFlight = new Set<Promise<void>>();
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
    if (!this.paused) for (const delivery of this.pending()) this.schedule(delivery, 0);
  }

  enqueue(events: Stripe.EventBase[]): void {
    for (const event of events) {
      for (const delivery of this.createDeliveries(event, 'automatic')) {
        if (!this.paused) this.schedule(delivery, 0);
      }
    }
    this.store.scheduleSave();
  }

  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.paused = false;
    this.pending().forEach((delivery) => this.schedule(delivery, 0));
  }

  /**
   * Delivers the given events one after another, in that order, awaiting each endpoint's answer.
   * Pending automatic deliveries of those events are used up rather than sent again later.
   */
  async deliverInOrder(eventIds: string[], reason: WebhookDelivery['reason']): Promise<WebhookDelivery[]> {
    const results: WebhookDelivery[] = [];
    for (const eventId of eventIds) {
      const event = this.requireEvent(eventId);
      const pending = reason === 'ordered' ? this.pending().filter((d) => d.event === eventId) : [];
      const deliveries = pending.length > 0 ? pending : this.createDeliveries(event, reason);
      for (const delivery of deliveries) {
        await this.attempt(delivery);
        results.push(delivery);
      }
    }
    this.store.scheduleSave();
    return results;
  }

  deliveries(filter: { event?: string; endpoint?: string } = {}): WebhookDelivery[] {
    return Object.values(this.store.state.deliveries).filter(
      (d) => (filter.event === undefined || d.event === filter.event) && (filter.endpoint === undefined || d.endpoint === filter.endpoint),
    );
  }

  /** Cancels timers and waits for requests already on the wire. */
  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await Promise.allSettled([...this.inFlight]);
  }

  /** After a state reset: forget every scheduled send. */
  cancelAll(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.scheduled.clear();
  }

  requireEvent(eventId: string): Stripe.EventBase {
    const event = this.store.state.events[eventId];
    if (!event) throw new Error(`No such event: ${eventId}`);
    return event;
  }

  private pending(): WebhookDelivery[] {
    return Object.values(this.store.state.deliveries).filter((d) => d.status === 'pending' && !this.isScheduled(d));
  }

  private readonly scheduled = new Set<string>();

  private isScheduled(delivery: WebhookDelivery): boolean {
    return this.scheduled.has(delivery.id);
  }

  private createDeliveries(event: Stripe.EventBase, reason: WebhookDelivery['reason']): WebhookDelivery[] {
    const created: WebhookDelivery[] = [];
    for (const endpoint of Object.values(this.store.state.webhookEndpoints)) {
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
      this.store.state.deliveries[delivery.id] = delivery;
      created.push(delivery);
    }
    if (reason === 'automatic') event.pending_webhooks = created.length;
    return created;
  }

  private schedule(delivery: WebhookDelivery, delayMs: number): void {
    if (this.closed) return;
    this.scheduled.add(delivery.id);
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.scheduled.delete(delivery.id);
      if (this.paused) return;
      const run = this.attempt(delivery).finally(() => this.inFlight.delete(run));
      this.inFlight.add(run);
    }, delayMs);
    this.timers.add(timer);
  }

  private async attempt(delivery: WebhookDelivery): Promise<void> {
    const stored = this.store.state.webhookEndpoints[delivery.endpoint];
    const event = this.store.state.events[delivery.event];
    if (!stored || !event || delivery.status !== 'pending') return;
    const payload = JSON.stringify(event, null, 2);
    // Signatures use the wall clock, not the emulator clock, so receivers' tolerance checks behave as with Stripe.
    const signature = signPayload(payload, stored.secret, Math.floor(Date.now() / 1000));
    let status: number | null = null;
    let error: string | null = null;
    try {
      const response = await fetch(stored.endpoint.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json; charset=utf-8',
          'Stripe-Signature': signature,
          'User-Agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
        },
        body: payload,
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      status = response.status;
      await response.body?.cancel();
    } catch (cause) {
      error = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
    }
    delivery.attempts.push({ at: Date.now(), status, error });
    const ok = status !== null && status >= 200 && status < 300;
    this.options.log(`webhook ${event.type} ${event.id} → ${stored.endpoint.url}: ${status ?? error} (attempt ${delivery.attempts.length})`);
    if (ok) {
      delivery.status = 'succeeded';
      if (delivery.reason === 'automatic') event.pending_webhooks = Math.max(0, event.pending_webhooks - 1);
    } else if (delivery.reason === 'automatic' && delivery.attempts.length < this.options.maxAttempts) {
      // While paused the delivery stays pending; resume() sends it again.
      const delay = Math.min(this.options.retryBaseMs * 2 ** (delivery.attempts.length - 1), this.options.maxDelayMs);
      if (!this.paused) this.schedule(delivery, delay);
    } else {
      // Control-API deliveries are one-shot, so a test sees exactly the attempts it asked for.
      delivery.status = 'failed';
    }
    // Changed after the request that created them was saved: note them for the journal.
    this.store.changed('deliveries', delivery.id);
    this.store.changed('events', event.id);
  }
}
