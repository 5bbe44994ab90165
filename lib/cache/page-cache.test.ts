import { describe, expect, it } from 'vitest';
import { PageCache, type Filled } from './page-cache';

const page = (text: string, renderedAt: number): Filled['response'] => {
  const body = new TextEncoder().encode(text);
  return { status: 200, headers: [['content-type', 'text/html']], body, renderedAt };
};
const text = (response: Filled['response']) => new TextDecoder().decode(response.body);

function counter(texts: string[], tags: string[] | null = ['feed:explore'], at = () => 0) {
  let calls = 0;
  const fill = async (): Promise<Filled> => ({ response: page(texts[Math.min(calls++, texts.length - 1)]!, at()), tags });
  return { fill, calls: () => calls };
}

describe('PageCache', () => {
  it('serves a fresh entry without rendering again', async () => {
    const cache = new PageCache({ freshMs: 1_000, maxAgeMs: 2_000 });
    const { fill, calls } = counter(['v1', 'v2']);
    expect((await cache.get('/', fill, 0)).state).toBe('miss');
    const again = await cache.get('/', fill, 500);
    expect([again.state, text(again.response), calls()]).toEqual(['hit', 'v1', 1]);
  });

  it('renders once for many readers of a missing page', async () => {
    const cache = new PageCache();
    const { fill, calls } = counter(['v1']);
    const answers = await Promise.all(Array.from({ length: 20 }, () => cache.get('/', fill, 0)));
    expect(calls()).toBe(1);
    expect(answers.every((answer) => text(answer.response) === 'v1')).toBe(true);
  });

  it('serves an old entry once while refreshing it, then the refreshed one', async () => {
    const cache = new PageCache({ freshMs: 1_000, maxAgeMs: 2_000 });
    let clock = 0;
    const { fill, calls } = counter(['v1', 'v2'], ['feed:explore'], () => clock);
    await cache.get('/', fill, 0);
    clock = 1_500;
    const stale = await cache.get('/', fill, 1_500);
    expect([stale.state, text(stale.response)]).toEqual(['stale', 'v1']);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const fresh = await cache.get('/', fill, 1_600);
    expect([fresh.state, text(fresh.response), calls()]).toEqual(['hit', 'v2', 2]);
  });

  it('serves an entry past its maximum age only while its refresh is still rendering', async () => {
    const cache = new PageCache({ freshMs: 1_000, maxAgeMs: 2_000 });
    let release!: () => void;
    let calls = 0;
    const fill = async (): Promise<Filled> => {
      if (calls++ === 0) return { response: page('v1', 0), tags: ['feed:explore'] };
      await new Promise<void>((resolve) => (release = resolve));
      return { response: page('v2', 1_500), tags: ['feed:explore'] };
    };
    await cache.get('/', fill, 0);
    expect((await cache.get('/', fill, 1_500)).state).toBe('stale');
    const slow = await cache.get('/', fill, 2_500);
    expect([slow.state, text(slow.response), calls]).toEqual(['stale', 'v1', 2]);
    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(text((await cache.get('/', fill, 2_600)).response)).toBe('v2');
  });

  it('waits for a new render once an entry is past its maximum age and nothing is refreshing it', async () => {
    const cache = new PageCache({ freshMs: 1_000, maxAgeMs: 2_000 });
    const { fill, calls } = counter(['v1', 'v2'], ['feed:explore'], () => (calls() === 1 ? 0 : 2_500));
    await cache.get('/', fill, 0);
    const later = await cache.get('/', fill, 2_500);
    expect([later.state, text(later.response)]).toEqual(['miss', 'v2']);
  });

  it('drops the pages carrying an invalidated tag, and only those', async () => {
    const cache = new PageCache();
    await cache.get('/', counter(['explore'], ['feed:explore', 'post:a']).fill, 0);
    await cache.get('/@b', counter(['brand'], ['feed:brand:b']).fill, 0);
    cache.invalidate(['post:a']);
    const explore = counter(['explore v2']);
    expect(text((await cache.get('/', explore.fill, 10)).response)).toBe('explore v2');
    expect((await cache.get('/@b', counter(['brand v2']).fill, 10)).state).toBe('hit');
  });

  it('does not keep a page rendered while one of its tags was invalidated', async () => {
    const cache = new PageCache();
    let release!: () => void;
    const slow = async (): Promise<Filled> => {
      await new Promise<void>((resolve) => (release = resolve));
      return { response: page('before the write', 0), tags: ['post:a'] };
    };
    const pending = cache.get('/', slow, 0);
    await new Promise((resolve) => setTimeout(resolve, 0));
    cache.invalidate(['post:a']);
    release();
    expect(text((await pending).response)).toBe('before the write');
    expect((await cache.get('/', counter(['after']).fill, 10)).state).toBe('miss');
  });

  it('passes on a response it may not keep (no tags) without storing it', async () => {
    const cache = new PageCache();
    const { fill, calls } = counter(['not found'], null);
    await cache.get('/p/x', fill, 0);
    await cache.get('/p/x', fill, 10);
    expect(calls()).toBe(2);
    expect(cache.size).toBe(0);
  });

  it('keeps a page whose check is unchanged without rendering it, and renders it once the check differs', async () => {
    let stock = '10';
    const cache = new PageCache({ freshMs: 20, maxAgeMs: 40, fingerprint: async (check) => `${check}:${stock}` });
    let renders = 0;
    const fill = async (): Promise<Filled> => ({ response: page(`stock ${stock} (render ${++renders})`, Date.now()), tags: ['feed:explore'], check: 'feed:explore' });
    const read = async () => text((await cache.get('/', fill)).response);
    const later = () => new Promise((resolve) => setTimeout(resolve, 30));
    expect(await read()).toBe('stock 10 (render 1)');
    // The first refresh renders (no fingerprint was read before the first render), later ones only check.
    await later();
    await read();
    await later();
    await read();
    await later();
    expect(await read()).toBe('stock 10 (render 2)');
    stock = '7';
    await later();
    await read(); // served as kept while the refresh finds the change and renders
    await later();
    expect(await read()).toBe('stock 7 (render 3)');
  });

  it('renders on every refresh a page that names no check', async () => {
    const cache = new PageCache({ freshMs: 20, maxAgeMs: 40, fingerprint: async () => 'same' });
    let renders = 0;
    const fill = async (): Promise<Filled> => ({ response: page(`render ${++renders}`, Date.now()), tags: ['post:1'] });
    await cache.get('/p/1', fill);
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 30));
      await cache.get('/p/1', fill);
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(renders).toBe(4);
  });
});
