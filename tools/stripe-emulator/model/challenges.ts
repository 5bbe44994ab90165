// Finishing a 3-D Secure challenge (the test page's buttons, or the control API for tests without
// a browser): the authentication is settled and its PaymentIntent or SetupIntent goes on.
import type { ModelContext } from '../context';
import { invalidRequest } from '../errors';
import type { AuthenticationRecord } from '../store';
import { lookup } from './lookup';
import { finishPaymentAuthentication } from './payment-intents';
import { finishSetupAuthentication } from './setup-intents';

export function finishAuthentication(ctx: ModelContext, id: string, passed: boolean): AuthenticationRecord {
  const record = lookup(ctx.tx, 'authentications', id);
  if (record.status !== 'pending') {
    throw invalidRequest(`This authentication is no longer pending (${record.status}).`, { code: 'authentication_not_pending' });
  }
  record.status = passed ? 'completed' : 'failed';
  if (record.intent.object === 'payment_intent') {
    const intent = ctx.tx.get('paymentIntents', record.intent.id);
    if (intent) finishPaymentAuthentication(ctx, intent, passed);
  } else {
    const intent = ctx.tx.get('setupIntents', record.intent.id);
    if (intent) finishSetupAuthentication(ctx, intent, passed);
  }
  return record;
}

/** The intent's open challenge, for the control API. */
export function pendingAuthenticationOf(ctx: ModelContext, intentId: string): AuthenticationRecord {
  for (const record of ctx.tx.values('authentications')) if (record.intent.id === intentId && record.status === 'pending') return record;
  throw invalidRequest(`No pending authentication for ${intentId}.`, { code: 'authentication_not_pending' });
}
