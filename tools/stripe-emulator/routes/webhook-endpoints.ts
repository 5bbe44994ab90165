// WebhookEndpoint routes: create (answers the secret, once), retrieve, update, delete, list.
import { z } from 'zod';
import { pathParam } from '../context';
import { lookup } from '../model/lookup';
import { createWebhookEndpoint, deleteWebhookEndpoint, updateWebhookEndpoint } from '../model/webhook-endpoints';
import { paginate } from '../pagination';
import { clearable, formBool, listParams, metadataParam, parseParams } from '../params';
import type { ApiRoute } from './route';

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

export const webhookEndpointRoutes: ApiRoute[] = [
  { method: 'POST', path: '/v1/webhook_endpoints', handler: (ctx) => createWebhookEndpoint(ctx, parseParams(createSchema, ctx.params)) },
  { method: 'GET', path: '/v1/webhook_endpoints/:id', handler: (ctx) => lookup(ctx.tx, 'webhookEndpoints', pathParam(ctx, 'id')).endpoint },
  {
    method: 'POST',
    path: '/v1/webhook_endpoints/:id',
    handler: (ctx) => updateWebhookEndpoint(lookup(ctx.tx, 'webhookEndpoints', pathParam(ctx, 'id')).endpoint, parseParams(updateSchema, ctx.params)),
  },
  {
    method: 'DELETE',
    path: '/v1/webhook_endpoints/:id',
    handler: (ctx) => deleteWebhookEndpoint(ctx, lookup(ctx.tx, 'webhookEndpoints', pathParam(ctx, 'id')).endpoint),
  },
  {
    method: 'GET',
    path: '/v1/webhook_endpoints',
    handler(ctx) {
      const query = parseParams(z.strictObject(listParams), ctx.params);
      return paginate([...ctx.tx.values('webhookEndpoints')].map((e) => e.endpoint), query, '/v1/webhook_endpoints');
    },
  },
];
