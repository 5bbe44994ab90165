// Idempotency-Key handling: replay the first answer for the same request, refuse a reused key with other params.
import { createHash } from 'node:crypto';
import { StripeApiError } from './errors';
import type { IdempotencyRecord, Store } from './store';

const KEEP_SECONDS = 24 * 60 * 60;

export function fingerprint(params: unknown): string {
  return createHash('sha256').update(JSON.stringify(params)).digest('hex');
}

export type IdempotencyDecision = { kind: 'fresh' } | { kind: 'replay'; record: IdempotencyRecord };

export class IdempotencyGuard {
  /** Keys whose first request is still running: a concurrent retry gets 409, which the SDK retries. */
  private readonly inFlight = new Set<string>();

  constructor(private readonly store: Store) {}

  begin(key: string, method: string, path: string, params: unknown): IdempotencyDecision {
    const records = this.store.state.idempotency;
    const now = this.store.now();
    const existing = records[key];
    if (existing && existing.created + KEEP_SECONDS < now) delete records[key];
    const record = records[key];
    if (this.inFlight.has(key)) {
      throw new StripeApiError(409, {
        type: 'idempotency_error',
        message: 'There is currently another in-progress request using this Idempotent Key (that probably means you submitted twice, and the other request is still going through): ' + key + '. Please try again later.',
      });
    }
    if (record) {
      if (record.method !== method || record.path !== path || record.fingerprint !== fingerprint(params)) {
        throw new StripeApiError(400, {
          type: 'idempotency_error',
          message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
        });
      }
      return { kind: 'replay', record };
    }
    this.inFlight.add(key);
    return { kind: 'fresh' };
  }

  /** Server errors are not saved, so a retry runs again — as Stripe does for 5xx. */
  finish(key: string, method: string, path: string, params: unknown, status: number, body: string): void {
    this.inFlight.delete(key);
    if (status >= 500) return;
    this.store.state.idempotency[key] = { method, path, fingerprint: fingerprint(params), status, body, created: this.store.now() };
  }
}
