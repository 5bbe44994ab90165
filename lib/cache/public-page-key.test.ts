import { describe, expect, it } from 'vitest';
import { FILL_HEADER, publicPageKey as keyAndAudience, type PageRequest } from './public-page-key';

const publicPageKey = (request: PageRequest) => keyAndAudience(request)?.key ?? null;
const SIGNED_IN = { 'better-auth.session_token': 'x' };

const POST = '/p/7d1c3b0e-1f7a-4c8e-9b1a-2f3e4d5c6b7a';

function request(path: string, options: { method?: string; headers?: Record<string, string>; cookies?: Record<string, string> } = {}): PageRequest {
  return {
    method: options.method ?? 'GET',
    url: new URL(path, 'http://shop.test'),
    headers: new Headers(options.headers ?? {}),
    cookies: new Map(Object.entries(options.cookies ?? {})),
  };
}

describe('publicPageKey', () => {
  it('keys the public routes a visitor reads, with the query parameters each route uses', () => {
    expect(publicPageKey(request('/'))).toBe('visitor|en||/');
    expect(publicPageKey(request('/?tag=tee'))).toBe('visitor|en||/?tag=tee');
    expect(publicPageKey(request('/@northwind'))).toBe('visitor|en||/@northwind');
    expect(publicPageKey(request('/brands/northwind'))).toBe('visitor|en||/brands/northwind');
    expect(publicPageKey(request(POST))).toBe(`visitor|en||${POST}`);
    expect(publicPageKey(request('/api/feed?cursor=abc&scope=tag&tag=tee'))).toBe('all|en||/api/feed?scope=tag&tag=tee&cursor=abc');
  });

  it('gives signed-in readers one shared copy of explore, tag and brand pages, apart from visitors’, and never the post page', () => {
    expect(keyAndAudience(request('/', { cookies: SIGNED_IN }))).toEqual({ key: 'member|en||/', audience: 'member' });
    expect(keyAndAudience(request('/?tag=tee', { cookies: { '__Secure-better-auth.session_token': 'y' } }))).toEqual({ key: 'member|en||/?tag=tee', audience: 'member' });
    expect(publicPageKey(request('/@northwind', { cookies: { ...SIGNED_IN, hashcart_locale: 'de' } }))).toBe('member|de||/@northwind');
    expect(publicPageKey(request(POST, { cookies: SIGNED_IN }))).toBeNull();
    // Feed JSON names no reader: one copy for all.
    expect(publicPageKey(request('/api/feed?scope=explore', { cookies: SIGNED_IN }))).toBe(publicPageKey(request('/api/feed?scope=explore')));
    expect(publicPageKey(request('/api/feed?scope=following', { cookies: SIGNED_IN }))).toBeNull();
  });

  it('renders anything personal or unknown: following, actions, client navigations, other routes and parameters', () => {
    expect(publicPageKey(request('/api/feed?scope=following'))).toBeNull();
    expect(publicPageKey(request('/', { method: 'POST' }))).toBeNull();
    expect(publicPageKey(request('/', { headers: { rsc: '1' } }))).toBeNull();
    // What reaches proxy.ts of a client navigation: RSC headers stripped, only fetch metadata left.
    expect(publicPageKey(request('/', { headers: { 'sec-fetch-dest': 'empty', 'sec-fetch-mode': 'cors' } }))).toBeNull();
    expect(publicPageKey(request('/', { headers: { 'sec-fetch-dest': 'document', 'sec-fetch-mode': 'navigate' } }))).toBe('visitor|en||/');
    expect(publicPageKey(request('/api/feed', { headers: { 'sec-fetch-dest': 'empty' } }))).toBe('all|en||/api/feed');
    expect(publicPageKey(request('/', { headers: { 'next-action': 'abc' } }))).toBeNull();
    expect(publicPageKey(request('/', { headers: { [FILL_HEADER]: '1' } }))).toBeNull();
    expect(publicPageKey(request(`${POST}?buy=1`))).toBeNull();
    expect(publicPageKey(request('/?tag=a&tag=b'))).toBeNull();
    for (const path of ['/following', '/orders', '/inbox', '/studio', `${POST}/draw`, '/settings/payments']) expect(publicPageKey(request(path))).toBeNull();
  });

  it('keeps each language and time zone apart, chosen the way the page chooses them', () => {
    const german = publicPageKey(request('/', { headers: { 'accept-language': 'de-DE,de;q=0.9,en;q=0.8' } }));
    const chosen = publicPageKey(request('/', { headers: { 'accept-language': 'de-DE' }, cookies: { hashcart_locale: 'fr' } }));
    const zoned = publicPageKey(request('/', { cookies: { hashcart_tz: 'Europe/Zurich' } }));
    expect([german, chosen, zoned]).toEqual(['visitor|de-DE||/', 'visitor|fr||/', 'visitor|en|Europe/Zurich|/']);
    // Browsers that differ only in languages we do not speak read the same page.
    expect(publicPageKey(request('/', { headers: { 'accept-language': 'ja,en;q=0.5' } }))).toBe(publicPageKey(request('/')));
  });
});
