// Reads the studio order filters from a URL's query, ignoring anything malformed.
import { ORDER_STATUSES, type OrderFilters } from './orders';

export function parseOrderFilters(query: Record<string, string | string[] | undefined>): OrderFilters {
  const one = (key: string) => {
    const value = query[key];
    return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
  };
  const status = one('status');
  const post = one('post');
  const day = (value: string | undefined) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);
  return {
    status: ORDER_STATUSES.find((known) => known === status),
    postId: post && /^[0-9a-f-]{36}$/.test(post) ? post : undefined,
    from: day(one('from')),
    to: day(one('to')),
    q: one('q')?.slice(0, 100),
  };
}

export function filtersToQuery(filters: OrderFilters): string {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status);
  if (filters.postId) params.set('post', filters.postId);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.q) params.set('q', filters.q);
  return params.toString();
}
