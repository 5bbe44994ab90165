// WebhookEndpoints: where events are POSTed; the signing secret is made once, at creation.
import type Stripe from 'stripe';
import { API_VERSION, type ModelContext } from '../context';
import { newId, newWebhookSecret } from '../ids';

export interface EndpointInput {
  url: string;
  enabled_events: string[];
  description?: string | null;
  metadata?: Record<string, string> | null;
  api_version?: string;
}

export interface EndpointChanges {
  url?: string;
  enabled_events?: string[];
  description?: string | null;
  metadata?: Record<string, string> | null;
  disabled?: boolean;
}

export function createWebhookEndpoint(ctx: ModelContext, input: EndpointInput): Stripe.WebhookEndpoint & { secret: string } {
  const endpoint: Stripe.WebhookEndpoint = {
    id: newId('we'),
    object: 'webhook_endpoint',
    api_version: input.api_version ?? API_VERSION,
    application: null,
    created: ctx.tx.now(),
    description: input.description ?? null,
    enabled_events: input.enabled_events as Stripe.WebhookEndpoint['enabled_events'],
    livemode: false,
    metadata: input.metadata ?? {},
    status: 'enabled',
    url: input.url,
  };
  const secret = newWebhookSecret();
  ctx.tx.put('webhookEndpoints', endpoint.id, { endpoint, secret });
  return { ...endpoint, secret };
}

export function updateWebhookEndpoint(endpoint: Stripe.WebhookEndpoint, changes: EndpointChanges): Stripe.WebhookEndpoint {
  if (changes.url !== undefined) endpoint.url = changes.url;
  if (changes.enabled_events !== undefined) endpoint.enabled_events = changes.enabled_events as Stripe.WebhookEndpoint['enabled_events'];
  if (changes.description !== undefined) endpoint.description = changes.description;
  if (changes.metadata !== undefined) endpoint.metadata = changes.metadata === null ? {} : { ...endpoint.metadata, ...changes.metadata };
  if (changes.disabled !== undefined) endpoint.status = changes.disabled ? 'disabled' : 'enabled';
  return endpoint;
}

export function deleteWebhookEndpoint(ctx: ModelContext, endpoint: Stripe.WebhookEndpoint): Stripe.DeletedWebhookEndpoint {
  ctx.tx.remove('webhookEndpoints', endpoint.id);
  return { id: endpoint.id, object: 'webhook_endpoint', deleted: true };
}
