import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders, servedOverHttps } from './headers';

function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(policy.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...sources]) => [name!, sources]));
}

describe('security headers', () => {
  it('allow scripts, frames and connections only from our origin and Stripe’s', () => {
    const csp = directives(contentSecurityPolicy({ env: { NODE_ENV: 'production', STRIPE_SECRET_KEY: 'sk_live_x' }, https: true }));
    for (const name of ['script-src', 'connect-src', 'frame-src']) {
      for (const source of csp[name]!) expect(source).toMatch(/^('self'|'unsafe-inline'|https:\/\/([\w*-]+\.)*(stripe\.com|stripe\.network|googleapis\.com))$/);
    }
    expect(csp['script-src']).not.toContain("'unsafe-eval'");
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['base-uri']).toEqual(["'self'"]);
    expect(csp['form-action']).toEqual(["'self'"]);
  });

  it('add the Stripe emulator origin when it stands in for Stripe', () => {
    const env = { NODE_ENV: 'production', STRIPE_SECRET_KEY: 'sk_test_hashcart_emulator', STRIPE_JS_URL: 'http://127.0.0.1:12111/js/stripe.js', STRIPE_API_URL: 'http://127.0.0.1:12111' };
    const csp = directives(contentSecurityPolicy({ env, https: false }));
    expect(csp['script-src']).toContain('http://127.0.0.1:12111');
    expect(csp['frame-src']).toContain('http://127.0.0.1:12111');
    expect(csp['connect-src']).toContain('http://127.0.0.1:12111');
    expect(Object.keys(csp)).not.toContain('upgrade-insecure-requests');
  });

  it('send HSTS only over https, and believe X-Forwarded-Proto only from a trusted proxy', () => {
    expect(securityHeaders({ env: {}, https: true })['Strict-Transport-Security']).toMatch(/max-age=\d{8}/);
    expect(securityHeaders({ env: {}, https: false })).not.toHaveProperty('Strict-Transport-Security');
    const forwarded = new Headers({ 'x-forwarded-proto': 'https' });
    expect(servedOverHttps('http:', forwarded, {})).toBe(false);
    expect(servedOverHttps('http:', forwarded, { TRUST_PROXY: '1' })).toBe(true);
    expect(servedOverHttps('https:', new Headers(), {})).toBe(true);
  });

  it('set the referrer policy and refuse framing', () => {
    const headers = securityHeaders({ env: {}, https: false });
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['X-Frame-Options']).toBe('DENY');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });
});
