// WebhookEndpoints: where events are POSTed; the signing secret is shown once, at creation.
import type Stripe from 'stripe';
import { z } from 'zod';
import { API_VERSION, pathParam, type RequestContext } from '../context';
import { noSuch } from '../errors';
import { newId, newWebhookSecret } from '../ids';
import { paginate } from '../pagination';
import { clearable, formBool, listParams, metadataParam, parseParams } from '../params';
import type { ApiRoute } from '../routes';
import type { StoredWebhookEndpoint } from '../store';

const createSchema = z.strictObject({
  url: z.string().url(),
  enabled_events: z.array(z.string()).min(1),
  description: clearable(z.string()).optional(),
  metadata: metadataParam.optional(),
  api_version: z.string().optional(),
  connect: formBool.optional(),
});

const updateSchema = z.strictObject({
  url: z.string().url().optional(),
  enabled_events: z.array(z.string()).min(1).optional(),
  description: clearable(z.string()).optional(),
  metadata: metadataParam.optional(),
  disabled: formBool.optional(),
});

function requireEndpoint(ctx: RequestContext, id: string): StoredWebhookEndpoint {
  const found = ctx.store.state.webhookEndpoints[id];
  if (!found) throw noSuch('webhook_endpoint', id);
  return found;
}

export const webhookEndpointRoutes: ApiRoute[] = [
  {
    method: 'POST',
    path: '/v1/webhook_endpoints',
    handler(ctx) {
      const params = parseParams(createSchema, ctx.params);
      const endpoint: Stripe.WebhookEndpoint = {
        id: newId('we'),
        object: 'webhook_endpoint',
        api_version: params.api_version ?? API_VERSION,
        application: null,
        created: ctx.store.now(),
        description: params.description ?? null,
        enabled_events: params.enabled_events,
        livemode: false,
        metadata: params.metadata ?? {},
        status: 'enabled',
        url: params.url,
      };
      const secret = newWebhookSecret();
      ctx.store.state.webhookEndpoints[endpoint.id] = { endpoint, secret };
      return { ...endpoint, secret };
    },
  },
  {
    method: 'GET',
    path: '/v1/webhook_endpoints/:id',
    handler: (ctx) => requireEndpoint(ctx, pathParam(ctx, 'id')).endpoint,
  },
  {
    method: 'POST',
    path: '/v1/webhook_endpoints/:id',
    handler(ctx) {
      const { endpoint } = requireEndpoint(ctx, pathParam(ctx, 'id'));
      const params = parseParams(updateSchema, ctx.params);
      if (params.url !== undefined) endpoint.url = params.url;
      if (params.enabled_events !== undefined) endpoint.enabled_events = params.enabled_events;
      if (params.description !== undefined) endpoint.description = params.description;
      if (params.metadata !== undefined) endpoint.metadata = params.metadata === null ? {} : { ...endpoint.metadata, ...params.metadata };
      if (params.disabled !== undefined) endpoint.status = params.disabled ? 'disabled' : 'enabled';
      return endpoint;
    },
  },
  {
    method: 'DELETE',
    path: '/v1/webhook_endpoints/:id',
    handler(ctx) {
      const { endpoint } = requireEndpoint(ctx, pathParam(ctx, 'id'));
      delete ctx.store.state.webhookEndpoints[endpoint.id];
      const deleted: Stripe.DeletedWebhookEndpoint = { id: endpoint.id, object: 'webhook_endpoint', deleted: true };
      return deleted;
    },
  },
  {
    method: 'GET',
    path: '/v1/webhook_endpoints',
    handler(ctx) {
      const query = parseParams(z.strictObject(listParams), ctx.params);
      const endpoints = Object.values(ctx.store.state.webhookEndpoints).map((e) => e.endpoint);
      return paginate(endpoints, query, '/v1/webhook_endpoints');
    },
  },
];
