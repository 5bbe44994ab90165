// 3-D Secure challenges: a record per challenge and the `next_action` that points the customer at it.
import type { ModelContext } from '../context';
import { newId } from '../ids';
import type { AuthenticationRecord } from '../store';

export interface ChallengeNextAction {
  type: 'redirect_to_url' | 'use_stripe_sdk';
  redirect_to_url?: { url: string; return_url: string };
  use_stripe_sdk?: { type: 'three_d_secure_redirect'; stripe_js: string; source: string };
}

export function challengeUrl(ctx: Pick<ModelContext, 'baseUrl'>, authenticationId: string): string {
  return `${ctx.baseUrl}/3ds/${authenticationId}`;
}

/** Confirming again or canceling abandons whatever challenge was open. */
export function abandonAuthentications(ctx: ModelContext, intentId: string): void {
  for (const record of ctx.tx.values('authentications')) {
    if (record.intent.id === intentId && record.status === 'pending') ctx.tx.get('authentications', record.id)!.status = 'failed';
  }
}

/**
 * Starts a challenge for an intent. Stripe.js confirmations (`use_stripe_sdk`) get a modal; a server-side
 * confirmation with a `return_url` gets a full-page redirect that comes back to that URL.
 */
export function startAuthentication(
  ctx: ModelContext,
  intent: AuthenticationRecord['intent'],
  opts: { returnUrl: string | null; useStripeSdk: boolean },
): ChallengeNextAction {
  abandonAuthentications(ctx, intent.id);
  const id = newId('src');
  const redirect = opts.returnUrl !== null && !opts.useStripeSdk;
  ctx.tx.put('authentications', id, { id, intent, returnUrl: redirect ? opts.returnUrl : null, status: 'pending' });
  const url = challengeUrl(ctx, id);
  if (redirect && opts.returnUrl !== null) {
    return { type: 'redirect_to_url', redirect_to_url: { url, return_url: opts.returnUrl } };
  }
  return { type: 'use_stripe_sdk', use_stripe_sdk: { type: 'three_d_secure_redirect', stripe_js: url, source: id } };
}
