// Events are recorded as a request changes things, in its transaction (so a failed request leaves
// none), and handed to the webhook dispatcher only once the response has been sent.
import type Stripe from 'stripe';
import { API_VERSION, type ModelContext } from '../context';
import { newId } from '../ids';
import type { Transaction } from '../store';

export interface RequestInfo {
  id: string | null;
  idempotencyKey: string | null;
}

export function createEventRecorder(tx: Transaction, request: RequestInfo) {
  const emitted: Stripe.EventBase[] = [];
  const emit: ModelContext['emit'] = (type, object, previousAttributes) => {
    const event: Stripe.EventBase = {
      id: newId('evt'),
      object: 'event',
      api_version: API_VERSION,
      created: tx.now(),
      // A copy: the event shows the object as it was at that moment.
      data: {
        object: JSON.parse(JSON.stringify(object)),
        ...(previousAttributes ? { previous_attributes: previousAttributes } : {}),
      },
      livemode: false,
      pending_webhooks: 0,
      request: { id: request.id, idempotency_key: request.idempotencyKey },
      type,
    };
    tx.put('events', event.id, event);
    emitted.push(event);
  };
  return { emit, emitted };
}

/** `payment_intent.*` matches every payment_intent event, as in Stripe's `type` filter. */
export function eventTypeMatches(pattern: string, type: string): boolean {
  if (pattern === '*') return true;
  if (pattern.endsWith('.*')) return type.startsWith(pattern.slice(0, -1));
  return pattern === type;
}
