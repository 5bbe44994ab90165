// Reads the studio order filters from a URL's query, ignoring anything malformed.
import { isUuid } from '@/lib/validation/ids';
import { ORDER_STATUSES } from '@/lib/orders/lifecycle';
import type { OrderFilters } from './order-list';

// A real calendar day only: "2026-02-31" has the right shape but Postgres refuses it.
function isCalendarDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

export function parseOrderFilters(query: Record<string, string | string[] | undefined>): OrderFilters {
  const one = (key: string) => {
    const value = query[key];
    return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
  };
  const status = one('status');
  const post = one('post');
  const day = (value: string | undefined) => (value && isCalendarDay(value) ? value : undefined);
  return {
    status: ORDER_STATUSES.find((known) => known === status),
    postId: isUuid(post) ? post : undefined,
    from: day(one('from')),
    to: day(one('to')),
    q: one('q')?.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').slice(0, 100) || undefined,
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
