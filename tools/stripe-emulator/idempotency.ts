// Idempotency-Key handling: replay the first answer for the same request, refuse a reused key with other params.
import { createHash } from 'node:crypto';
import { StripeApiError } from './errors';
import type { IdempotencyRecord, Store } from './store';

const KEEP_SECONDS = 24 * 60 * 60;

/** The request as sent (query and form body): a retry by the SDK sends the same bytes. */
export function fingerprint(query: string, body: string): string {
  return createHash('sha256').update(query).update('\n').update(body).digest('base64');
}

export type IdempotencyDecision = { kind: 'fresh' } | { kind: 'replay'; record: Readonly<IdempotencyRecord> };

export class IdempotencyGuard {
  /** Keys whose first request is still running: a concurrent retry gets 409, which the SDK retries. */
  private readonly inFlight = new Set<string>();

  constructor(private readonly store: Store) {}

  begin(key: string, method: string, path: string, print: string): IdempotencyDecision {
    let record = this.store.peek('idempotency', key);
    if (record && record.created + KEEP_SECONDS < this.store.now()) {
      this.store.transaction((tx) => tx.remove('idempotency', key));
      record = undefined;
    }
    if (this.inFlight.has(key)) {
      throw new StripeApiError(409, {
        type: 'idempotency_error',
        message: 'There is currently another in-progress request using this Idempotent Key (that probably means you submitted twice, and the other request is still going through): ' + key + '. Please try again later.',
      });
    }
    if (record) {
      if (record.method !== method || record.path !== path || record.fingerprint !== print) {
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
  finish(key: string, method: string, path: string, print: string, status: number, body: string): void {
    this.inFlight.delete(key);
    if (status >= 500) return;
    this.store.transaction((tx) => tx.put('idempotency', key, { method, path, fingerprint: print, status, body, created: tx.now() }));
  }
}
