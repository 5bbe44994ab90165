// Which requests may be answered from the page cache, and under what key. Only what every visitor
// sees alike: a document or feed JSON (not a client navigation's RSC payload, not an action), for a
// visitor who is not signed in (a session changes the header, the Buy button, follow state…), on a
// public route, with only the query parameters that route reads. The page differs by language and
// time zone, so the key carries both, worked out exactly as the page works them out (lib/i18n).
import { TIME_ZONE_COOKIE, LOCALE_COOKIE } from '@/lib/i18n/cookies';
import { negotiateLocale } from '@/lib/i18n/locales';

/** Sent by the cache when it renders a page for itself, so the page passes straight through. */
export const FILL_HEADER = 'x-hashcart-cache-fill';

export interface PageRequest {
  method: string;
  url: URL;
  headers: Headers;
  cookies: Map<string, string>;
}

// Per route: the query parameters that change what it renders. Any other parameter (?buy=1 after
// sign-in, ?reply=…) means the page is not the shared one: it passes through.
const ROUTES: { pattern: RegExp; params: string[] }[] = [
  { pattern: /^\/$/, params: ['tag'] },
  { pattern: /^\/(@|brands\/)[^/]+$/, params: [] },
  { pattern: /^\/p\/[0-9a-f-]{36}$/i, params: [] },
  { pattern: /^\/api\/feed$/, params: ['scope', 'tag', 'brandId', 'cursor'] },
];

const PER_REQUEST_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-action', FILL_HEADER];

export function isSignedIn(cookies: Map<string, string>): boolean {
  // better-auth's session cookie (and its signed cache), with or without the __Secure- prefix.
  return [...cookies.keys()].some((name) => name.includes('better-auth.session'));
}

/** The cache key for a shareable request, or null when it must be rendered for this visitor. */
export function publicPageKey(request: PageRequest): string | null {
  if (request.method !== 'GET') return null;
  if (PER_REQUEST_HEADERS.some((name) => request.headers.has(name)) || isSignedIn(request.cookies)) return null;
  const { pathname, searchParams } = request.url;
  const route = ROUTES.find((candidate) => candidate.pattern.test(pathname));
  if (!route) return null;
  // In proxy.ts Next has already stripped a client navigation's RSC headers and ?_rsc, so a page
  // fetched by script (a prefetch or navigation wanting the RSC payload, not this HTML) is told
  // apart by the browser's fetch metadata: only a document navigation gets the cached document.
  const fetchDestination = request.headers.get('sec-fetch-dest');
  if (!pathname.startsWith('/api/') && fetchDestination && fetchDestination !== 'document') return null;
  const names = [...new Set(searchParams.keys())];
  if (names.some((name) => !route.params.includes(name) || searchParams.getAll(name).length > 1)) return null;
  // The following feed is the reader's own.
  if (searchParams.get('scope') === 'following') return null;
  const query = route.params.filter((name) => searchParams.has(name)).map((name) => `${name}=${encodeURIComponent(searchParams.get(name)!)}`);
  const locale = negotiateLocale(request.cookies.get(LOCALE_COOKIE), request.headers.get('accept-language') ?? '');
  // The zone as sent: a value the page does not accept only makes a key of its own.
  const zone = request.cookies.get(TIME_ZONE_COOKIE) ?? '';
  return `${locale}|${zone}|${pathname}${query.length ? `?${query.join('&')}` : ''}`;
}
