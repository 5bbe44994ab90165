import { describe, expect, it } from 'vitest';
import { TaggedCache } from './tagged-cache';

describe('TaggedCache', () => {
  it('drops exactly the entries carrying an invalidated tag', () => {
    const cache = new TaggedCache<string>();
    const forever = { expiresAt: Infinity };
    cache.set('explore', 'a', { ...forever, tags: ['feed:explore', 'post:1'] });
    cache.set('brand', 'b', { ...forever, tags: ['feed:brand:x', 'post:2'] });
    cache.invalidate(['post:1']);
    expect(cache.get('explore')).toBeUndefined();
    expect(cache.get('brand')).toBe('b');
    cache.invalidate(['*']);
    expect(cache.size).toBe(0);
  });

  it('expires entries and evicts the least recently used past its size', () => {
    const cache = new TaggedCache<number>(2);
    cache.set('old', 1, { expiresAt: 1_000, tags: [] });
    expect(cache.get('old', 999)).toBe(1);
    expect(cache.get('old', 1_000)).toBeUndefined();
    cache.set('a', 1, { expiresAt: Infinity, tags: [] });
    cache.set('b', 2, { expiresAt: Infinity, tags: [] });
    cache.get('a');
    cache.set('c', 3, { expiresAt: Infinity, tags: [] });
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([1, undefined, 3]);
  });

  it('does not keep a value read while one of its tags was invalidated', () => {
    const cache = new TaggedCache<string>();
    const readSince = cache.mark();
    cache.invalidate(['post:1']);
    cache.set('page', 'maybe stale', { expiresAt: Infinity, tags: ['post:1'], readSince });
    expect(cache.get('page')).toBeUndefined();
    cache.set('other', 'fine', { expiresAt: Infinity, tags: ['post:2'], readSince });
    expect(cache.get('other')).toBe('fine');
  });
});
