import { describe, expect, it } from 'vitest';
import { formatMoney, formatMoneyInput, isKnownCurrency, parseMoneyInput } from './money';

describe('money', () => {
  it.each([
    ['25', 'EUR', 2500],
    ['25.5', 'EUR', 2550],
    ['1,299.99', 'USD', 129999],
    ['1500', 'JPY', 1500],
    ['15.5', 'JPY', null],
    ['-3', 'EUR', null],
    ['abc', 'EUR', null],
    ['', 'EUR', null],
    ['1.999', 'EUR', null],
    ['99999999999', 'EUR', null],
  ])('parses %s %s as %s', (input, currency, expected) => {
    expect(parseMoneyInput(input, currency)).toBe(expected);
  });

  // A brand writes prices its own way; the English way is read everywhere too.
  it.each([
    ['25,50', 'EUR', 'de-DE', 2550],
    ['25.50', 'EUR', 'de-DE', 2550],
    ['1.234,50', 'EUR', 'de-DE', 123450],
    ['1.999', 'EUR', 'de-DE', 199900],
    ['1,999', 'EUR', 'de-DE', null],
    ['1 234,50', 'EUR', 'fr-FR', 123450],
    ['1\u202f234,50', 'EUR', 'fr-FR', 123450],
    ['1\u00a0234,5', 'EUR', 'fr-FR', 123450],
    ['25,5', 'EUR', 'fr-FR', 2550],
    ['1.234,50', 'EUR', 'it-IT', 123450],
    ['1’234.50', 'CHF', 'de-CH', 123450],
    ["1'234.50", 'CHF', 'de-CH', 123450],
    ['1,234.50', 'USD', 'fr-FR', 123450],
    ['25,50', 'EUR', 'en', 2550],
    ['1.500', 'JPY', 'de-DE', 1500],
    ['1,500', 'JPY', 'en', 1500],
    ['15,5', 'JPY', 'de-DE', null],
    ['12.34.56', 'EUR', 'de-DE', null],
    ['1.23,50', 'EUR', 'de-DE', null],
    ['1.234.567,5', 'EUR', 'de-DE', 123456750],
    ['1,234.567,50', 'EUR', 'de-DE', null],
    ['25,', 'EUR', 'de-DE', null],
    ['25,505', 'EUR', 'fr-FR', null],
    ['-25,50', 'EUR', 'de-DE', null],
    ['25,50 €', 'EUR', 'de-DE', null],
    ['12 34', 'EUR', 'fr-FR', null],
  ])('parses %s %s written in %s as %s', (input, currency, locale, expected) => {
    expect(parseMoneyInput(input, currency, locale)).toBe(expected);
  });

  it.each([
    [2550, 'EUR', 'de-DE', '25,50'],
    [123450, 'EUR', 'fr-FR', '1234,50'],
    [123450, 'CHF', 'de-CH', '1234.50'],
    [2550, 'EUR', 'en', '25.50'],
    [1500, 'JPY', 'it-IT', '1500'],
  ])('writes %s %s into a %s price field as %s, which reads back the same', (minor, currency, locale, text) => {
    expect(formatMoneyInput(minor, currency, locale)).toBe(text);
    expect(parseMoneyInput(text, currency, locale)).toBe(minor);
  });

  it('formats for the currency and locale', () => {
    expect(formatMoney(2500, 'EUR', 'en-US')).toBe('€25.00');
    expect(formatMoney(2500, 'EUR', 'de-DE')).toBe('25,00\u00a0€');
    expect(formatMoney(1500, 'JPY', 'en-US')).toBe('¥1,500');
  });

  it('knows real currencies only', () => {
    expect(isKnownCurrency('EUR')).toBe(true);
    expect(isKnownCurrency('eur')).toBe(false);
    expect(isKnownCurrency('E1R')).toBe(false);
  });
});
