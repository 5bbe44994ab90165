// The page cache in front of the app, called from proxy.ts: answers a shareable request (see
// public-page-key) from this instance's PageCache. A miss is rendered by asking this same server
// for the page with FILL_HEADER (that request passes straight through) and kept under the tags
// the page declared: a <meta name="hashcart-cache-tags"> in HTML (pages cannot set headers), or
// the x-hashcart-cache-tags header of a route handler. Without tags a response is passed on, not kept.
//
// Why here and not Next's own cache: the locale comes from a cookie or Accept-Language, not the URL,
// so Next's full-route cache cannot hold these pages, and `revalidateTag` cannot be driven by a
// NOTIFY from another instance. The cache object itself lives with the app's public data cache
// (lib/catalog/public-cache), which hears those NOTIFYs; this module only reaches it through
// globalThis, so the proxy bundle never opens a database of its own.
import type { NextRequest } from 'next/server';
import type { Filled, PageCache } from './page-cache';
import { FILL_HEADER, publicPageKey, SHARED_COOKIES, type Audience } from './public-page-key';

export const CACHE_TAGS_HEADER = 'x-hashcart-cache-tags';
export const CACHE_TAGS_META = 'hashcart-cache-tags';
export const CACHE_CHECK_META = 'hashcart-cache-check';
const META_PATTERN = new RegExp(`<meta name="${CACHE_TAGS_META}" content="([^"]*)"`);
const CHECK_PATTERN = new RegExp(`<meta name="${CACHE_CHECK_META}" content="([^"]*)"`);
// Transport and per-response headers are not part of what is kept.
const NOT_KEPT = new Set(['content-encoding', 'content-length', 'transfer-encoding', 'connection', 'keep-alive', 'date', 'set-cookie', CACHE_TAGS_HEADER]);

/** What the app's public cache offers the proxy once it listens for invalidations. */
export interface PublicPages {
  readonly documents: PageCache;
  /** True while invalidations are being heard; until then every request is rendered. */
  readonly ready: boolean;
  /** A post page was served (from the cache or not): count the view for the brand's insights. */
  countPostView(postId: string): void;
}

function publicPages(): PublicPages | undefined {
  return (globalThis as unknown as { hashcartPublicCache?: PublicPages }).hashcartPublicCache;
}

/** The cached answer to the request, or null to let the app render it. */
export async function servePublicPage(request: NextRequest): Promise<Response | null> {
  const pages = publicPages();
  if (!pages?.ready || process.env.PUBLIC_CACHE === 'off') return null;
  const cookies = new Map(request.cookies.getAll().map((cookie) => [cookie.name, cookie.value]));
  const shareable = publicPageKey({ method: request.method, url: request.nextUrl, headers: request.headers, cookies });
  if (!shareable) return null;
  const { response, state } = await pages.documents.get(shareable.key, () => renderForCache(request, shareable.audience));
  // What a signed-in reader did not find (a draft, a suspended brand) may be theirs to see: asked for them.
  if (shareable.audience === 'member' && response.status !== 200) return null;
  const postId = /^\/p\/([^/]+)$/.exec(request.nextUrl.pathname)?.[1];
  if (postId && response.status === 200) pages.countPostView(postId);
  const headers = new Headers(response.headers);
  headers.set('x-hashcart-cache', state);
  // Sent as kept: Next compresses it on the way out (it would compress a gzip body again, so no
  // pre-compressed copy is kept), as it does a static file.
  return new Response(response.body as Uint8Array<ArrayBuffer>, { status: response.status, headers });
}

async function renderForCache(request: NextRequest, audience: Audience): Promise<Filled> {
  const url = new URL(`${request.nextUrl.pathname}${request.nextUrl.search}`, `http://127.0.0.1:${process.env.PORT ?? 3000}`);
  const headers = new Headers(request.headers);
  // Rendered for nobody: only the cookies the key names are passed on, never a session.
  headers.delete('cookie');
  headers.delete('authorization');
  const kept = SHARED_COOKIES.flatMap((name) => {
    const value = request.cookies.get(name)?.value;
    return value === undefined ? [] : [`${name}=${encodeURIComponent(value)}`];
  });
  if (kept.length) headers.set('cookie', kept.join('; '));
  headers.set(FILL_HEADER, audience);
  headers.set('accept-encoding', 'identity');
  headers.delete('host');
  const answer = await fetch(url, { headers, redirect: 'manual', cache: 'no-store' });
  const body = new Uint8Array(await answer.arrayBuffer());
  const keptHeaders = [...answer.headers].filter(([name]) => !NOT_KEPT.has(name));
  const response = { status: answer.status, headers: keptHeaders, body, renderedAt: Date.now() };
  if (answer.status !== 200 || answer.headers.has('set-cookie')) return { response, tags: null };
  const html = answer.headers.get('content-type')?.startsWith('text/html') ? new TextDecoder().decode(body) : null;
  const declared = answer.headers.get(CACHE_TAGS_HEADER) ?? (html ? META_PATTERN.exec(html)?.[1] : undefined);
  return { response, tags: declared ? declared.split(' ').filter(Boolean) : null, check: html ? (CHECK_PATTERN.exec(html)?.[1] ?? null) : null };
}
