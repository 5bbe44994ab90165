// Stripe.js calls with a publishable key; the intent's client_secret is what authorises it.
import type { RequestContext } from './context';
import { invalidRequest } from './errors';

export function checkClientSecret(
  ctx: RequestContext,
  intent: { id: string; client_secret: string | null },
  given: string | undefined,
): void {
  if (ctx.mode === 'secret' && given === undefined) return;
  if (given === undefined) {
    throw invalidRequest('A client_secret is required when using a publishable key.', { param: 'client_secret', code: 'parameter_missing' });
  }
  if (given !== intent.client_secret) {
    throw invalidRequest(`The client_secret provided does not match the client_secret associated with the ${intent.id.startsWith('seti_') ? 'SetupIntent' : 'PaymentIntent'}.`, {
      param: 'client_secret',
    });
  }
}
