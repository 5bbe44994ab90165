// The security headers every response carries. The Content-Security-Policy has no nonce on
// purpose: a per-request nonce would make every page dynamic and defeat the cached public pages
// (SECURITY.md explains the trade). It still limits where scripts, frames, connections and form
// posts may go: our origin and Stripe's (or the local Stripe emulator when no keys are set).
const STRIPE = {
  script: ['https://js.stripe.com', 'https://*.js.stripe.com'],
  frame: ['https://js.stripe.com', 'https://*.js.stripe.com', 'https://hooks.stripe.com'],
  connect: ['https://api.stripe.com', 'https://m.stripe.network', 'https://maps.googleapis.com'],
  img: ['https://*.stripe.com'],
};

export interface HeaderContext {
  env: Record<string, string | undefined>;
  /** The request arrived over https (directly, or per a trusted proxy's X-Forwarded-Proto). */
  https: boolean;
}

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

export function contentSecurityPolicy({ env, https }: HeaderContext): string {
  // The emulator only stands in for Stripe when no real keys are configured.
  const emulator = env.STRIPE_SECRET_KEY?.startsWith('sk_live') ? [] : [originOf(env.STRIPE_JS_URL), originOf(env.STRIPE_API_URL)].filter((o): o is string => Boolean(o));
  const development = env.NODE_ENV === 'development';
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    // Next.js bootstraps each page with inline scripts; without a nonce they need 'unsafe-inline'.
    'script-src': ["'self'", "'unsafe-inline'", ...(development ? ["'unsafe-eval'"] : []), ...STRIPE.script, ...emulator],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', ...STRIPE.img, ...emulator],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...STRIPE.connect, ...emulator, ...(development ? ['ws:'] : [])],
    'frame-src': [...STRIPE.frame, ...emulator],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  const policy = Object.entries(directives).map(([name, sources]) => `${name} ${[...new Set(sources)].join(' ')}`);
  if (https) policy.push('upgrade-insecure-requests');
  return policy.join('; ');
}

export function securityHeaders(context: HeaderContext): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(context),
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(self "https://js.stripe.com")',
    'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
    // Only over https: a browser ignores it on http, and it must never pin a plain-http dev host.
    ...(context.https ? { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' } : {}),
  };
}

export function servedOverHttps(protocol: string, headers: Headers, env: Record<string, string | undefined>): boolean {
  if (protocol === 'https:') return true;
  const trustProxy = ['1', 'true'].includes(env.TRUST_PROXY ?? '');
  return trustProxy && headers.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}
