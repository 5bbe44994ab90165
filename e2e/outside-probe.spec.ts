// What an outside probe tried, kept as tests: malformed ids on every route that takes one, the
// sign-in redirect, and the security headers a payments site must send.
import { test, expect } from '@playwright/test';
import { createShop, signUpViaApi } from './support/shop';
import { E2E_EMULATOR_PORT, E2E_PORT } from './support/environment';

const DASHES = '-'.repeat(36);

test('36 dashes where an id goes: 404 (or a clear 400), never a 500', async ({ request }) => {
  await createShop(request, [{ label: 'M', priceMinor: 2500, stock: 3 }]);
  // Signed in as the brand owner createShop made, so the studio routes get past sign-in.
  const urls: [string, number[]][] = [
    [`/p/${DASHES}`, [404]],
    [`/orders/${DASHES}`, [404]],
    [`/studio/posts/${DASHES}/edit`, [404]],
    [`/studio/orders?post=${DASHES}`, [200]],
    [`/studio/orders?from=2026-02-31&q=%00`, [200]],
    [`/studio/orders/export?post=${DASHES}`, [200]],
    [`/api/posts/${DASHES}/replies`, [404]],
    [`/api/feed?scope=brand&brandId=${DASHES}`, [400]],
    [`/p/%00`, [404]],
  ];
  for (const [url, allowed] of urls) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(allowed, `${url} answered ${response.status()}`).toContain(response.status());
  }
});

test('sign-in never sends anyone off the site, and a newline in next is not a 500', async ({ page, request }) => {
  const { email } = await signUpViaApi(request, 'Probe Person');
  for (const next of ['/\t/evil.example', '//evil.example', '/\\evil.example', '/orders\nx']) {
    await page.context().clearCookies();
    await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('correct-horse-battery');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    expect(new URL(page.url()).host).toBe(`localhost:${E2E_PORT}`);
  }
});

test('security headers: CSP with only our origin, Stripe’s and the emulator; no framing; referrer policy; no HSTS over http', async ({ request }) => {
  for (const url of ['/', '/sign-in', '/api/feed']) {
    const response = await request.get(url);
    const headers = response.headers();
    const csp = headers['content-security-policy'] ?? '';
    expect(csp, url).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toMatch(/script-src 'self' 'unsafe-inline' https:\/\/js\.stripe\.com/);
    // No keys are set in e2e, so Stripe.js comes from the emulator, which must be allowed.
    expect(csp).toContain(`127.0.0.1:${E2E_EMULATOR_PORT}`);
    expect(csp).not.toMatch(/\s\*(\s|;|$)|https:(\s|;|$)/);
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['strict-transport-security']).toBeUndefined();
  }
});

test('the public feed stays cacheable under the CSP (no per-request nonce)', async ({ request }) => {
  const first = await request.get('/');
  const csp = first.headers()['content-security-policy'] ?? '';
  expect(csp).not.toContain('nonce-');
  // The same policy for everyone: nothing in it varies per request.
  expect((await request.get('/')).headers()['content-security-policy']).toBe(csp);
});
