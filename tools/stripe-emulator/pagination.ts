// Stripe list objects: newest first, cursor pagination with starting_after / ending_before.
import type Stripe from 'stripe';
import { invalidRequest } from './errors';

export interface ListQuery {
  limit?: number;
  starting_after?: string;
  ending_before?: string;
}

export function paginate<T extends { id?: string }>(items: T[], query: ListQuery, url: string): Stripe.ApiList<T> {
  const newestFirst = [...items].reverse();
  const limit = query.limit ?? 10;
  const indexOf = (id: string, param: string): number => {
    const index = newestFirst.findIndex((item) => item.id === id);
    if (index < 0) throw invalidRequest(`No such object: '${id}'`, { param, code: 'resource_missing' });
    return index;
  };
  let data: T[];
  let hasMore: boolean;
  if (query.starting_after) {
    const rest = newestFirst.slice(indexOf(query.starting_after, 'starting_after') + 1);
    data = rest.slice(0, limit);
    hasMore = rest.length > limit;
  } else if (query.ending_before) {
    const before = newestFirst.slice(0, indexOf(query.ending_before, 'ending_before'));
    data = before.slice(-limit);
    hasMore = before.length > limit;
  } else {
    data = newestFirst.slice(0, limit);
    hasMore = newestFirst.length > limit;
  }
  return { object: 'list', data, has_more: hasMore, url };
}
