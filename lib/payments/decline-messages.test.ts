import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DECLINE_KEYS, declineMessageKey } from './decline-messages';

const messages = (locale: string) => JSON.parse(readFileSync(`messages/${locale}/payments.json`, 'utf8')) as { declines: Record<string, string> };

describe('declineMessageKey', () => {
  it.each([
    [{ type: 'card_error', code: 'card_declined', decline_code: 'insufficient_funds' }, 'insufficientFunds'],
    [{ type: 'card_error', code: 'card_declined', decline_code: 'generic_decline' }, 'generic'],
    [{ type: 'card_error', code: 'expired_card' }, 'expiredCard'],
    [{ type: 'card_error', code: 'incorrect_cvc' }, 'incorrectCvc'],
    [{ type: 'card_error', code: 'authentication_required', decline_code: 'authentication_required' }, 'authenticationRequired'],
    [{ type: 'invalid_request_error', code: 'payment_intent_authentication_failure' }, 'authenticationFailed'],
    [{ type: 'card_error', code: 'processing_error' }, 'processingError'],
    // Lost, stolen and fraud read as a plain decline, as Stripe advises.
    [{ type: 'card_error', code: 'card_declined', decline_code: 'stolen_card' }, 'generic'],
    [{ type: 'card_error', code: 'card_declined', decline_code: 'fraudulent' }, 'generic'],
    // A decline code Stripe adds later still reads as a decline.
    [{ type: 'card_error', code: 'card_declined', decline_code: 'something_new' }, 'generic'],
  ])('%j → %s', (error, key) => {
    expect(declineMessageKey(error)).toBe(key);
  });

  it('leaves errors that are not about the card to their own message', () => {
    expect(declineMessageKey({ type: 'validation_error', code: 'incomplete_number' })).toBeNull();
    expect(declineMessageKey({ type: 'api_connection_error' })).toBeNull();
    expect(declineMessageKey(null)).toBeNull();
  });

  it('has a message for every key in all four languages, each in its own words', () => {
    const english = messages('en').declines;
    expect(Object.keys(english).sort()).toEqual([...DECLINE_KEYS].sort());
    for (const locale of ['de', 'fr', 'it']) {
      const words = messages(locale).declines;
      expect(Object.keys(words).sort()).toEqual([...DECLINE_KEYS].sort());
      for (const key of DECLINE_KEYS) {
        expect(words[key]).toBeTruthy();
        expect(words[key]).not.toBe(english[key]);
      }
    }
    expect(messages('de').declines.insufficientFunds).toMatch(/Guthaben|Deckung/);
  });
});
