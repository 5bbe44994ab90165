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
        DATABASE_READ_URL: 'postgres://app@replica:5432/hashcart',
        S3_BUCKET: 'hashcart-uploads',
        S3_REGION: 'eu-west-1',
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
    [{ DATABASE_READ_URL: 'postgres://replica/hashcart' }, /set DATABASE_URL too/],
    [{ DATABASE_URL: 'postgres://db/h', DATABASE_READ_URL: 'replica' }, /DATABASE_READ_URL is not a URL/],
    [{ STRIPE_EMULATOR_URL: 'localhost:12111' }, /STRIPE_EMULATOR_URL/],
    [{ S3_ENDPOINT: 'http://minio:9000' }, /S3_ENDPOINT set but S3_BUCKET is not/],
    [{ S3_BUCKET: 'uploads', S3_ACCESS_KEY_ID: 'key' }, /both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY/],
  ])('explains %o', (env, message) => {
    expect(configurationProblems({ NODE_ENV: 'test', ...env }).join('\n')).toMatch(message);
  });
});
