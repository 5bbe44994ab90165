// What a route handler receives: the store, who is calling, and a way to record events.
import type Stripe from 'stripe';
import type { FormObject } from './form-params';
import type { Store } from './store';
import { newId } from './ids';

export const API_VERSION = '2026-10-28.endive';

export type EventObject =
  | Stripe.PaymentIntent
  | Stripe.SetupIntent
  | Stripe.Charge
  | Stripe.Refund
  | Stripe.Customer
  | Stripe.DeletedCustomer
  | Stripe.PaymentMethod
  | Stripe.Account;

export interface RequestContext {
  store: Store;
  /** Where browsers reach the emulator, for URLs we hand out (3-D Secure pages, onboarding links). */
  baseUrl: string;
  mode: 'secret' | 'publishable';
  params: FormObject;
  pathParams: Record<string, string>;
  emit(type: Stripe.Event.Type, object: EventObject, previousAttributes?: Record<string, unknown>): void;
}

export interface RequestInfo {
  id: string | null;
  idempotencyKey: string | null;
}

/** Events are recorded as they happen but delivered only once the response has been sent. */
export function createEventRecorder(store: Store, request: RequestInfo) {
  const emitted: Stripe.EventBase[] = [];
  const emit: RequestContext['emit'] = (type, object, previousAttributes) => {
    const event: Stripe.EventBase = {
      id: newId('evt'),
      object: 'event',
      api_version: API_VERSION,
      created: store.now(),
      data: {
        object: structuredClone(object),
        ...(previousAttributes ? { previous_attributes: previousAttributes } : {}),
      },
      livemode: false,
      pending_webhooks: 0,
      request: { id: request.id, idempotency_key: request.idempotencyKey },
      type,
    };
    store.state.events[event.id] = event;
    emitted.push(event);
  };
  return { emit, emitted };
}

export function pathParam(ctx: RequestContext, name: string): string {
  const value = ctx.pathParams[name];
  if (value === undefined) throw new Error(`Route is missing path parameter ${name}`);
  return value;
}
