'use server';
import { z } from 'zod';
import { authedAction } from '@/lib/actions/define-action';
import { appUrl } from '@/lib/config';
import { DomainError } from '@/lib/errors';
import { createOnboardingLink } from '@/lib/payments/connect';
import { getStripe } from '@/lib/payments/stripe';

/** Returns Stripe's onboarding URL; the browser goes there and Stripe sends it back to /studio/payouts. */
export const startPayoutsOnboarding = authedAction({ schema: z.object({}), role: 'brand' }, async (_input, { viewer, db }) => {
  if (!viewer.brand) throw new DomainError('forbidden', 'Create a brand first.');
  const url = await createOnboardingLink(db, getStripe(), viewer.brand.id, {
    returnUrl: `${appUrl()}/studio/payouts?return=1`,
    refreshUrl: `${appUrl()}/studio/payouts?refresh=1`,
  });
  return { url };
});
