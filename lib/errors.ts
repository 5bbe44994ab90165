// Domain errors carry a stable code that tests assert and the UI maps to a message.
export type ErrorCode =
  | 'invalid_input'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_owner'
  | 'not_found'
  | 'handle_taken'
  | 'already_has_brand'
  | 'email_taken'
  | 'invalid_credentials'
  | 'too_many_attempts'
  | 'out_of_stock'
  | 'not_buyable'
  | 'too_many_pending'
  | 'payment_failed'
  | 'banned'
  | 'already_reported'
  | 'brand_suspended'
  | 'conflict'
  // brand studio
  | 'payouts_not_ready'
  | 'invalid_state'
  | 'refund_too_large'
  // draws
  | 'not_eligible'
  | 'already_entered'
  | 'card_in_use'
  | 'draw_closed'
  | 'rate_limited'
  // conversations
  | 'rate_limited'
  | 'internal';

/**
 * A refusal the person can act on. `message` is a translation key (messages/<language>/*.json),
 * worded in the reader's language with `params` where the action answers; plain text passes as is.
 */
export class DomainError extends Error {
  readonly params?: Record<string, string | number>;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    options?: { cause?: unknown; params?: Record<string, string | number> },
  ) {
    super(message, options);
    this.name = 'DomainError';
    this.params = options?.params;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
