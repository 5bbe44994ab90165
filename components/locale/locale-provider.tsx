'use client';
// The reader's locale (from the request's Accept-Language), so prices read the way they expect:
// €1.234,50 in Germany, €1,234.50 in the US. Server and browser format with the same locale.
import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { formatMoney } from '@/lib/money';

const LocaleContext = createContext('en-US');

export function LocaleProvider({ locale, children }: { locale: string; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

/** formatMoney in the reader's locale. */
export function useFormatMoney(): (amountMinor: number, currency: string) => string {
  const locale = useContext(LocaleContext);
  return useCallback((amountMinor, currency) => formatMoney(amountMinor, currency, locale), [locale]);
}

export function Money({ amountMinor, currency }: { amountMinor: number; currency: string }) {
  return <>{useFormatMoney()(amountMinor, currency)}</>;
}
