// Errors in Stripe's wire shape: `{ error: { type, code, decline_code, message, param, … } }` with Stripe's statuses.
import type Stripe from 'stripe';

export type StripeErrorType = 'invalid_request_error' | 'card_error' | 'api_error' | 'idempotency_error' | 'authentication_error';

export interface StripeErrorBody {
  type: StripeErrorType;
  message: string;
  code?: string;
  decline_code?: string;
  param?: string;
  doc_url?: string;
  charge?: string;
  payment_intent?: Stripe.PaymentIntent;
  setup_intent?: Stripe.SetupIntent;
  payment_method?: Stripe.PaymentMethod;
  request_log_url?: string;
}

export class StripeApiError extends Error {
  /** The request's changes stand even though it answers with this error (a recorded decline). */
  keepChanges = false;

  constructor(
    readonly status: number,
    readonly body: StripeErrorBody,
    readonly headers: Record<string, string> = {},
  ) {
    super(body.message);
  }

  keepingChanges(): this {
    this.keepChanges = true;
    return this;
  }
}

function docUrl(code: string | undefined): string | undefined {
  return code ? `https://stripe.com/docs/error-codes/${code.replaceAll('_', '-')}` : undefined;
}

export function invalidRequest(message: string, opts: { param?: string; code?: string; status?: number } = {}): StripeApiError {
  return new StripeApiError(opts.status ?? 400, {
    type: 'invalid_request_error',
    message,
    ...(opts.code ? { code: opts.code, doc_url: docUrl(opts.code) } : {}),
    ...(opts.param ? { param: opts.param } : {}),
  });
}

/** Stripe answers 404 for a missing object in the URL, 400 for a missing object named by a parameter. */
export function noSuch(resource: string, id: string, param?: string): StripeApiError {
  return invalidRequest(`No such ${resource}: '${id}'`, { code: 'resource_missing', param: param ?? 'id', status: param ? 400 : 404 });
}

export function unexpectedState(message: string): StripeApiError {
  return invalidRequest(message, { code: 'payment_intent_unexpected_state' });
}

export function unsupported(what: string): StripeApiError {
  return invalidRequest(`The Stripe emulator does not support ${what}. See tools/stripe-emulator/README.md for what is supported.`, {
    code: 'emulator_unsupported',
  });
}

export interface CardFailure {
  code: string;
  decline_code?: string;
  message: string;
  param?: string;
}

export function cardError(failure: CardFailure, extra: Partial<StripeErrorBody> = {}): StripeApiError {
  return new StripeApiError(402, {
    type: 'card_error',
    code: failure.code,
    message: failure.message,
    ...(failure.decline_code ? { decline_code: failure.decline_code } : {}),
    ...(failure.param ? { param: failure.param } : {}),
    doc_url: docUrl(failure.code),
    ...extra,
  });
}

export function authenticationError(message: string): StripeApiError {
  return new StripeApiError(401, { type: 'invalid_request_error', message }, { 'WWW-Authenticate': 'Bearer realm="Stripe"' });
}
