'use server';
import { headers } from 'next/headers';
import { z } from 'zod';
import { authedAction } from '@/lib/actions/define-action';
import { appUrl } from '@/lib/config';
import { DomainError } from '@/lib/errors';
import { createOnboardingLink } from '@/lib/payments/connect';
import { getStripe } from '@/lib/payments/stripe';
import { trustedRequestOrigin } from '@/lib/security/request-origin';

/**
 * Returns Stripe's onboarding URL; Stripe sends the browser back to /studio/payouts on the origin
 * it started from (where its session cookie lives). That origin is one the guard already checked
 * against our configured list, never a Host header a client chose.
 */
export const startPayoutsOnboarding = authedAction({ schema: z.object({}), role: 'brand' }, async (_input, { viewer, db }) => {
  if (!viewer.brand) throw new DomainError('forbidden', 'errors.brand.createFirst');
  const origin = trustedRequestOrigin(await headers()) ?? appUrl();
  const url = await createOnboardingLink(db, getStripe(), viewer.brand.id, {
    returnUrl: `${origin}/studio/payouts?return=1`,
    refreshUrl: `${origin}/studio/payouts?refresh=1`,
  });
  return { url };
});
