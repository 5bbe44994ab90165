// Staging: registers the app's webhook endpoint on the Stripe emulator and writes the signing
// secret where the app instances read it (STRIPE_WEBHOOK_SECRET_FILE). Real Stripe: do this once in
// the Dashboard and give the instances STRIPE_WEBHOOK_SECRET instead.
import { writeFileSync } from 'node:fs';
import Stripe from 'stripe';
import { stripeServerConfig } from '../lib/payments/stripe-config';
import { registerWebhookEndpoint } from '../lib/payments/webhook-endpoint';

const url = process.env.STRIPE_WEBHOOK_URL;
const file = process.env.STRIPE_WEBHOOK_SECRET_FILE;
if (!url || !file) throw new Error('Set STRIPE_WEBHOOK_URL and STRIPE_WEBHOOK_SECRET_FILE.');
const { secretKey, sdkOptions } = stripeServerConfig();
writeFileSync(file, await registerWebhookEndpoint(new Stripe(secretKey, sdkOptions), url), { mode: 0o644 });
console.log(`Webhook endpoint registered for ${url}; its secret is in ${file}`);
