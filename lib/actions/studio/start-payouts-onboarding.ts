'use server';
import { headers } from 'next/headers';
import { z } from 'zod';
import { brandAction, done } from '@/lib/actions/define-action';
import { appUrl } from '@/lib/config';
import { createOnboardingLink } from '@/lib/payments/connect';
import { getStripe } from '@/lib/payments/stripe';
import { trustedRequestOrigin } from '@/lib/security/request-origin';

/**
 * Returns Stripe's onboarding URL; Stripe sends the browser back to /studio/payouts on the origin
 * it started from (where its session cookie lives). That origin is one the guard already checked
 * against our configured list, never a Host header a client chose.
 */
export const startPayoutsOnboarding = brandAction({ schema: z.object({}) }, async (_input, { brand, db }) => {
  const origin = trustedRequestOrigin(await headers()) ?? appUrl();
  const url = await createOnboardingLink(db, getStripe(), brand.id, {
    returnUrl: `${origin}/studio/payouts?return=1`,
    refreshUrl: `${origin}/studio/payouts?refresh=1`,
  });
  return done({ url });
});
