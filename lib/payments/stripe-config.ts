// Where the app's Stripe traffic goes. Real Stripe when keys are set; otherwise the local
// emulator, whose address `scripts/serve.ts` puts in STRIPE_API_URL. Nothing else in the app
// knows the difference.
import type Stripe from 'stripe';

export interface StripeServerConfig {
  secretKey: string;
  sdkOptions: Stripe.StripeConfig;
}

export function stripeServerConfig(env: NodeJS.ProcessEnv = process.env): StripeServerConfig {
  const secretKey = env.STRIPE_SECRET_KEY;
  if (!secretKey) {
    throw new Error('STRIPE_SECRET_KEY is not set. Start the app with `npm start` (it runs the Stripe emulator) or set real keys.');
  }
  const sdkOptions: Stripe.StripeConfig = { maxNetworkRetries: 2, appInfo: { name: 'Hashcart' } };
  if (env.STRIPE_API_URL) {
    const url = new URL(env.STRIPE_API_URL);
    sdkOptions.host = url.hostname;
    sdkOptions.port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
    sdkOptions.protocol = url.protocol === 'https:' ? 'https' : 'http';
  }
  return { secretKey, sdkOptions };
}

export interface StripeBrowserConfig {
  publishableKey: string;
  /** Where to load Stripe.js from when it is not js.stripe.com (the emulator's stand-in). */
  stripeJsUrl: string | null;
}

export function stripeBrowserConfig(env: NodeJS.ProcessEnv = process.env): StripeBrowserConfig {
  const publishableKey = env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY ?? env.STRIPE_PUBLISHABLE_KEY;
  if (!publishableKey) throw new Error('NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY is not set.');
  return { publishableKey, stripeJsUrl: env.STRIPE_JS_URL ?? null };
}
