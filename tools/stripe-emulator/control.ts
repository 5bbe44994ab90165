// The emulator's own API under /_emulator/…: webhook delivery control, time, reset and test shortcuts.
import type { RequestContext } from './context';
import { pathParam } from './context';
import { invalidRequest } from './errors';
import { finishAuthentication, pendingAuthenticationOf } from './model/challenges';
import { lookup } from './model/lookup';
import type { Store } from './store';
import type { WebhookDispatcher } from './webhooks';

export interface ControlRoute {
  method: 'GET' | 'POST';
  path: string;
  /** Runs in a transaction like an API request; what it awaits (webhook deliveries) runs after it. */
  handler(ctx: RequestContext, services: { dispatcher: WebhookDispatcher; store: Store }): object | Promise<object>;
}

function eventIds(value: unknown): string[] {
  if (!Array.isArray(value) || value.length === 0 || !value.every((v): v is string => typeof v === 'string')) {
    throw invalidRequest('Expected `events`: a non-empty array of event ids.', { param: 'events' });
  }
  return value;
}

function knownEvent(ctx: RequestContext, id: string): string {
  return lookup(ctx.tx, 'events', id).id;
}

export const controlRoutes: ControlRoute[] = [
  { method: 'GET', path: '/_emulator/health', handler: (_ctx, { dispatcher }) => ({ ok: true, webhooks_paused: dispatcher.isPaused }) },
  { method: 'GET', path: '/_emulator/state', handler: (_ctx, { store }) => store.snapshot() },
  {
    method: 'GET',
    path: '/_emulator/deliveries',
    handler(ctx, { dispatcher }) {
      const filter = {
        event: typeof ctx.params.event === 'string' ? ctx.params.event : undefined,
        endpoint: typeof ctx.params.endpoint === 'string' ? ctx.params.endpoint : undefined,
      };
      return { object: 'list', data: dispatcher.deliveries(filter) };
    },
  },
  {
    method: 'POST',
    path: '/_emulator/events/:id/redeliver',
    handler: async (ctx, { dispatcher }) => ({ object: 'list', data: await dispatcher.deliverInOrder([knownEvent(ctx, pathParam(ctx, 'id'))], 'redeliver') }),
  },
  {
    method: 'POST',
    path: '/_emulator/events/:id/duplicate',
    async handler(ctx, { dispatcher }) {
      const id = knownEvent(ctx, pathParam(ctx, 'id'));
      return { object: 'list', data: await dispatcher.deliverInOrder([id, id], 'duplicate') };
    },
  },
  {
    method: 'POST',
    path: '/_emulator/webhooks/deliver',
    async handler(ctx, { dispatcher }) {
      const ids = eventIds(ctx.params.events).map((id) => knownEvent(ctx, id));
      return { object: 'list', data: await dispatcher.deliverInOrder(ids, 'ordered') };
    },
  },
  {
    method: 'POST',
    path: '/_emulator/webhooks/pause',
    handler(_ctx, { dispatcher }) {
      dispatcher.pause();
      return { webhooks_paused: true };
    },
  },
  {
    method: 'POST',
    path: '/_emulator/webhooks/resume',
    handler(_ctx, { dispatcher }) {
      dispatcher.resume();
      return { webhooks_paused: false };
    },
  },
  {
    method: 'POST',
    path: '/_emulator/reset',
    handler(_ctx, { dispatcher, store }) {
      dispatcher.cancelAll();
      store.reset();
      return { reset: true };
    },
  },
  {
    method: 'POST',
    path: '/_emulator/clock/advance',
    handler(ctx) {
      const seconds = Number(ctx.params.seconds);
      if (!Number.isInteger(seconds) || seconds < 0) throw invalidRequest('Expected `seconds`: a non-negative integer.', { param: 'seconds' });
      const offset = ctx.tx.advanceClock(seconds);
      return { now: ctx.tx.now(), offset_seconds: offset };
    },
  },
  {
    // Finishes the open 3-D Secure challenge of a PaymentIntent or SetupIntent, as the test page's buttons do.
    method: 'POST',
    path: '/_emulator/intents/:id/authenticate',
    handler(ctx) {
      const intentId = pathParam(ctx, 'id');
      const outcome = ctx.params.outcome;
      if (outcome !== 'complete' && outcome !== 'fail') throw invalidRequest('Expected `outcome`: "complete" or "fail".', { param: 'outcome' });
      finishAuthentication(ctx, pendingAuthenticationOf(ctx, intentId).id, outcome === 'complete');
      const intent = intentId.startsWith('seti_') ? ctx.tx.get('setupIntents', intentId) : ctx.tx.get('paymentIntents', intentId);
      return intent ?? { id: intentId };
    },
  },
];
