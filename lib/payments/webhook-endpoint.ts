// Registers where Stripe (or the emulator) sends events, the way Stripe's API does it: the signing
// secret is returned once, at creation. Used by `npm start` with the emulator and by staging's
// one-shot registration (deploy/register-webhook.ts).
import type Stripe from 'stripe';
import { HANDLED_EVENT_TYPES } from './webhook-events';

/** Replaces any endpoint already registered for `url` and returns the new endpoint's signing secret. */
export async function registerWebhookEndpoint(stripe: Stripe, url: string): Promise<string> {
  const existing = await stripe.webhookEndpoints.list({ limit: 100 });
  await Promise.all(existing.data.filter((endpoint) => endpoint.url === url).map((endpoint) => stripe.webhookEndpoints.del(endpoint.id)));
  const endpoint = await stripe.webhookEndpoints.create({ url, enabled_events: [...HANDLED_EVENT_TYPES] });
  return endpoint.secret!;
}
