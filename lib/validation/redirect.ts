// Where to send someone after signing in (or any other "come back to" link): a path on this site,
// never another origin. Browsers strip tabs and newlines and read "\" as "/", so "/\t/evil.com"
// would leave the site; anything with a control character or a backslash is refused outright.
const PROBE_ORIGIN = 'http://hashcart.invalid';

export function safeRedirect(next: unknown, fallback = '/'): string {
  if (typeof next !== 'string' || next.length === 0 || next.length > 2048) return fallback;
  if (/[\u0000-\u001f\u007f-\u009f\\]/.test(next)) return fallback;
  if (!next.startsWith('/') || next.startsWith('//')) return fallback;
  let url: URL;
  try {
    url = new URL(next, PROBE_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PROBE_ORIGIN) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
