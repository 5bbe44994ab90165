// Money in the reader's locale, for Server and Client Components alike (next-intl's formatter
// carries the request's locale on the server and the provider's in the browser).
import { useFormatter } from 'next-intl';
import { useCallback } from 'react';
import { formatMoneyWith } from '@/lib/i18n/format-money';

export function useFormatMoney(): (amountMinor: number, currency: string) => string {
  const format = useFormatter();
  return useCallback((amountMinor, currency) => formatMoneyWith(format, amountMinor, currency), [format]);
}

export function Money({ amountMinor, currency }: { amountMinor: number; currency: string }) {
  return <>{useFormatMoney()(amountMinor, currency)}</>;
}
