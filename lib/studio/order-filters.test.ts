import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseOrderFilters } from './order-filters';

describe('parseOrderFilters', () => {
  it('drops what Postgres would refuse: 36 dashes, impossible days, control characters', () => {
    expect(parseOrderFilters({ post: '-'.repeat(36), from: '2026-99-99', to: '2026-02-31', q: 'a\u0000b' })).toEqual({
      status: undefined,
      postId: undefined,
      from: undefined,
      to: undefined,
      q: 'ab',
    });
  });

  it('keeps well-formed filters', () => {
    const post = crypto.randomUUID();
    expect(parseOrderFilters({ post, from: '2026-02-28', status: 'paid', q: 'ann' })).toMatchObject({ postId: post, from: '2026-02-28', status: 'paid', q: 'ann' });
  });

  it('only ever returns a UUID, a real day and printable text', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('post', 'from', 'to', 'q', 'status'), fc.string({ unit: 'binary' })), (query) => {
        const filters = parseOrderFilters(query);
        if (filters.postId) expect(filters.postId).toMatch(/^[0-9a-f-]{36}$/i);
        for (const day of [filters.from, filters.to]) if (day) expect(new Date(day).toISOString().slice(0, 10)).toBe(day);
        expect(filters.q ?? '').not.toMatch(/[\u0000-\u001f]/);
      }),
    );
  });
});
