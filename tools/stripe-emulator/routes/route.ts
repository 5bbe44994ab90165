// The shape of an API route (a schema-checked handler that calls the model) and how paths like
// `/v1/payment_intents/:id/confirm` are matched.
import type { RequestContext } from '../context';

export type HttpMethod = 'GET' | 'POST' | 'DELETE';

export interface ApiRoute {
  method: HttpMethod;
  path: string;
  /** Callable by Stripe.js with a publishable key and the intent's client_secret. */
  publishable?: boolean;
  handler(ctx: RequestContext): object;
}

export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const segment = want[i]!;
    const actual = got[i]!;
    if (segment.startsWith(':')) {
      if (!actual) return null;
      params[segment.slice(1)] = decodeURIComponent(actual);
    } else if (segment !== actual) {
      return null;
    }
  }
  return params;
}
