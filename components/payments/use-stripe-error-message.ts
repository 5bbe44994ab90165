'use client';
// What to tell a buyer about a Stripe error, in their language: card declines through
// payments.declines (lib/payments/decline-messages.ts); anything else as Stripe.js worded it.
import { useTranslations } from 'next-intl';
import { declineMessageKey, type DeclineKey, type StripeErrorLike } from '@/lib/payments/decline-messages';

export function useStripeErrorMessage() {
  const t = useTranslations('payments.declines');
  // Each key named literally (a template over every key is too wide a union for next-intl's types).
  const words: Record<DeclineKey, () => string> = {
    generic: () => t('generic'),
    insufficientFunds: () => t('insufficientFunds'),
    expiredCard: () => t('expiredCard'),
    incorrectCvc: () => t('incorrectCvc'),
    incorrectNumber: () => t('incorrectNumber'),
    incorrectZip: () => t('incorrectZip'),
    cardNotSupported: () => t('cardNotSupported'),
    processingError: () => t('processingError'),
    tryAgainLater: () => t('tryAgainLater'),
    authenticationRequired: () => t('authenticationRequired'),
    authenticationFailed: () => t('authenticationFailed'),
  };
  return {
    /** A Stripe.js error result, or `fallback` when it carries no message of its own. */
    fromError: (error: StripeErrorLike & { message?: string }, fallback: string) => {
      const key = declineMessageKey(error);
      return key ? words[key]() : (error.message ?? fallback);
    },
    /** A decline the server already read into a key. */
    fromKey: (key: DeclineKey) => words[key](),
  };
}
