// Event routes: every state change the emulator announced, readable as Stripe lists them.
import { z } from 'zod';
import { pathParam } from '../context';
import { eventTypeMatches } from '../model/events';
import { lookup } from '../model/lookup';
import { paginate } from '../pagination';
import { listParams, parseParams } from '../params';
import type { ApiRoute } from './route';

const listSchema = z.strictObject({ ...listParams, type: z.string().optional(), types: z.array(z.string()).optional() });

export const eventRoutes: ApiRoute[] = [
  { method: 'GET', path: '/v1/events/:id', handler: (ctx) => lookup(ctx.tx, 'events', pathParam(ctx, 'id')) },
  {
    method: 'GET',
    path: '/v1/events',
    handler(ctx) {
      const query = parseParams(listSchema, ctx.params);
      const patterns = query.types ?? (query.type ? [query.type] : ['*']);
      const events = [...ctx.tx.values('events')].filter((e) => patterns.some((p) => eventTypeMatches(p, e.type)));
      return paginate(events, query, '/v1/events');
    },
  },
];
