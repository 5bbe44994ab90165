// What model functions and route handlers receive: the request's transaction, where browsers reach
// the emulator, and a way to record events; route handlers also get who is calling and the params.
import type Stripe from 'stripe';
import type { FormObject } from './form-params';
import type { Transaction } from './store';

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

export interface ModelContext {
  tx: Transaction;
  /** Where browsers reach the emulator, for URLs we hand out (3-D Secure pages, onboarding links). */
  baseUrl: string;
  emit(type: Stripe.Event.Type, object: EventObject, previousAttributes?: Record<string, unknown>): void;
}

export interface RequestContext extends ModelContext {
  mode: 'secret' | 'publishable';
  params: FormObject;
  pathParams: Record<string, string>;
}

export function pathParam(ctx: RequestContext, name: string): string {
  const value = ctx.pathParams[name];
  if (value === undefined) throw new Error(`Route is missing path parameter ${name}`);
  return value;
}
