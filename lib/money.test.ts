import { describe, expect, it } from 'vitest';
import { formatMoney, isKnownCurrency, parseMoneyInput } from './money';

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
