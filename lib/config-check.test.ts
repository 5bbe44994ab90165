import { describe, expect, it } from 'vitest';
import { configurationProblems } from './config-check';

describe('configurationProblems', () => {
  it('accepts an empty environment: every setting has a default', () => {
    expect(configurationProblems({ NODE_ENV: 'test' })).toEqual([]);
  });

  it('accepts a full real-Stripe configuration', () => {
    expect(
      configurationProblems({
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://app@db:5432/hashcart',
        APP_URL: 'https://shop.example.com',
        STRIPE_SECRET_KEY: 'sk_live_abc',
        NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: 'pk_live_abc',
        PLATFORM_FEE_BPS: '250',
        ADMIN_EMAILS: 'a@example.com, b@example.com',
      }),
    ).toEqual([]);
  });

  it.each([
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL must start with postgres/],
    [{ APP_URL: 'not a url' }, /APP_URL is not a URL/],
    [{ PLATFORM_FEE_BPS: '12.5' }, /PLATFORM_FEE_BPS/],
    [{ PLATFORM_FEE_BPS: '20000' }, /PLATFORM_FEE_BPS/],
    [{ STRIPE_SECRET_KEY: 'sk_test_x' }, /NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY is not/],
    [{ NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: 'pk_test_x' }, /STRIPE_SECRET_KEY is not/],
    [{ STRIPE_SECRET_KEY: 'sk_live_x', NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: 'pk_test_x' }, /both be test keys/],
    [{ STRIPE_SECRET_KEY: 'pk_test_x', NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: 'pk_test_x' }, /must be a Stripe secret key/],
    [{ ADMIN_EMAILS: 'admin' }, /ADMIN_EMAILS/],
  ])('explains %o', (env, message) => {
    expect(configurationProblems({ NODE_ENV: 'test', ...env }).join('\n')).toMatch(message);
  });
});
