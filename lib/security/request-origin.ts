// Which origins this app answers to, decided by configuration, never by what a client sends:
// Host and X-Forwarded-* are only believed when a proxy we run sets them (TRUST_PROXY=1).
import 'server-only';
import { appUrl } from '@/lib/config';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export function trustProxy(): boolean {
  return ['1', 'true'].includes(process.env.TRUST_PROXY ?? '');
}

/** APP_URL's origin, any extra APP_ORIGINS, and for a loopback APP_URL the other loopback names on the same port. */
export function allowedOrigins(): string[] {
  const configured = [appUrl(), ...(process.env.APP_ORIGINS ?? '').split(',')].map((value) => value.trim()).filter(Boolean);
  const origins = new Set<string>();
  for (const value of configured) {
    const url = new URL(value);
    origins.add(url.origin);
    if (LOOPBACK.has(url.hostname)) {
      for (const host of LOOPBACK) origins.add(`${url.protocol}//${host}${url.port ? `:${url.port}` : ''}`);
    }
  }
  return [...origins];
}

function forwardedOrigin(headers: Headers): string | null {
  const host = headers.get('x-forwarded-host')?.split(',')[0]?.trim();
  const proto = headers.get('x-forwarded-proto')?.split(',')[0]?.trim();
  return host && (proto === 'http' || proto === 'https') ? `${proto}://${host}` : null;
}

/**
 * The origin a browser request came from, when it is one of ours; null otherwise. Browsers always
 * send Origin on a POST, and a page cannot forge it, so a missing or foreign Origin is refused.
 */
export function trustedRequestOrigin(headers: Headers): string | null {
  const origin = headers.get('origin');
  if (!origin) return null;
  if (allowedOrigins().includes(origin)) return origin;
  if (trustProxy() && origin === forwardedOrigin(headers)) return origin;
  return null;
}

/** The caller's address: the hop our proxy appended when one is trusted, else what the server saw. */
export function clientIp(headers: Headers): string {
  const hops = (headers.get('x-forwarded-for') ?? '').split(',').map((hop) => hop.trim()).filter(Boolean);
  if (hops.length === 0) return 'unknown';
  return (trustProxy() ? hops.at(-1) : hops[0]) ?? 'unknown';
}
