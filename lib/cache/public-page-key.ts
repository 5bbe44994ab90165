// Which requests may be answered from the page cache, and under what key. Only what every reader of
// an audience sees alike: a document or feed JSON (not a client navigation's RSC payload, not an
// action), on a public route, with only the query parameters that route reads. Two audiences:
// visitors, and signed-in readers — who share one copy rendered for no one in particular, with what
// is theirs (header, follow state, admin tools) filled in by the browser from /api/viewer
// (components/viewer). A route that still renders something personal on the server is visitors-only.
// The page differs by language and time zone, so the key carries both, worked out exactly as the
// page works them out (lib/i18n).
import { TIME_ZONE_COOKIE, LOCALE_COOKIE } from '@/lib/i18n/cookies';
import { negotiateLocale } from '@/lib/i18n/locales';

/** Sent by the cache when it renders a page for itself, so the page passes straight through; its value is the audience. */
export const FILL_HEADER = 'x-hashcart-cache-fill';

/** Who a shared copy is for: visitors see a signed-out page, members a page whose personal parts load in the browser. */
export type Audience = 'visitor' | 'member';

/** The cookies a shared copy may be rendered with: the language and time zone its key names, nothing that says who asked. */
export const SHARED_COOKIES = [LOCALE_COOKIE, TIME_ZONE_COOKIE];

export interface PageRequest {
  method: string;
  url: URL;
  headers: Headers;
  cookies: Map<string, string>;
}

// Per route: the query parameters that change what it renders (any other parameter — ?buy=1 after
// sign-in, ?reply=… — means the page is not the shared one: it passes through), and whether signed-in
// readers share it too. The post page still renders the reader's purchases, draw entry and the
// owner's tools on the server, so only visitors share it.
const ROUTES: { pattern: RegExp; params: string[]; members: boolean }[] = [
  { pattern: /^\/$/, params: ['tag'], members: true },
  { pattern: /^\/(@|brands\/)[^/]+$/, params: [], members: true },
  { pattern: /^\/p\/[0-9a-f-]{36}$/i, params: [], members: false },
  { pattern: /^\/api\/feed$/, params: ['scope', 'tag', 'brandId', 'cursor'], members: true },
];

const PER_REQUEST_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-action', FILL_HEADER];

export function isSignedIn(cookies: Map<string, string>): boolean {
  // better-auth's session cookie (and its signed cache), with or without the __Secure- prefix.
  return [...cookies.keys()].some((name) => name.includes('better-auth.session'));
}

/** The cache key and audience for a shareable request, or null when it must be rendered for this reader. */
export function publicPageKey(request: PageRequest): { key: string; audience: Audience } | null {
  if (request.method !== 'GET') return null;
  if (PER_REQUEST_HEADERS.some((name) => request.headers.has(name))) return null;
  const { pathname, searchParams } = request.url;
  const route = ROUTES.find((candidate) => candidate.pattern.test(pathname));
  if (!route) return null;
  const audience: Audience = isSignedIn(request.cookies) ? 'member' : 'visitor';
  if (audience === 'member' && !route.members) return null;
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
  // Feed JSON is the same for both audiences (a card's Buy button asks the browser who is signed in).
  const shared = pathname.startsWith('/api/') ? 'all' : audience;
  return { key: `${shared}|${locale}|${zone}|${pathname}${query.length ? `?${query.join('&')}` : ''}`, audience };
}
