// For the Stripe emulator only (demo seed, tests, e2e and bench set-up): finishes a brand's
// onboarding link, or gives a Connect account that has finished onboarding, by pressing the
// emulator's "Complete onboarding" button over HTTP.
// Real Stripe cannot be onboarded this way; nothing in the app's request path uses this.
import type Stripe from 'stripe';

export async function createOnboardedEmulatorAccount(stripe: Stripe, email: string): Promise<Stripe.Account> {
  const account = await stripe.accounts.create({
    type: 'express',
    email,
    capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
  });
  const link = await stripe.accountLinks.create({
    account: account.id,
    type: 'account_onboarding',
    return_url: 'http://localhost/studio/payouts',
    refresh_url: 'http://localhost/studio/payouts',
  });
  await completeEmulatorOnboarding(link.url);
  return stripe.accounts.retrieve(account.id);
}

/** Presses "Complete onboarding" on an emulator onboarding link (an AccountLink's url). */
export async function completeEmulatorOnboarding(linkUrl: string): Promise<void> {
  const response = await fetch(linkUrl, { method: 'POST', body: new URLSearchParams({ action: 'complete' }), redirect: 'manual' });
  if (response.status >= 400) throw new Error(`emulator onboarding failed: ${response.status} ${await response.text()}`);
}
