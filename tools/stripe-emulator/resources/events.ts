// Events: every state change the emulator announced, readable as Stripe lists them.
import { z } from 'zod';
import { pathParam } from '../context';
import { noSuch } from '../errors';
import { paginate } from '../pagination';
import { listParams, parseParams } from '../params';
import type { ApiRoute } from '../routes';

const listSchema = z.strictObject({ ...listParams, type: z.string().optional(), types: z.array(z.string()).optional() });

/** `payment_intent.*` matches every payment_intent event, as in Stripe's `type` filter. */
export function eventTypeMatches(pattern: string, type: string): boolean {
  if (pattern === '*') return true;
  if (pattern.endsWith('.*')) return type.startsWith(pattern.slice(0, -1));
  return pattern === type;
}

export const eventRoutes: ApiRoute[] = [
  {
    method: 'GET',
    path: '/v1/events/:id',
    handler(ctx) {
      const id = pathParam(ctx, 'id');
      const found = ctx.store.state.events[id];
      if (!found) throw noSuch('event', id);
      return found;
    },
  },
  {
    method: 'GET',
    path: '/v1/events',
    handler(ctx) {
      const query = parseParams(listSchema, ctx.params);
      const patterns = query.types ?? (query.type ? [query.type] : ['*']);
      const events = Object.values(ctx.store.state.events).filter((e) => patterns.some((p) => eventTypeMatches(p, e.type)));
      return paginate(events, query, '/v1/events');
    },
  },
];
