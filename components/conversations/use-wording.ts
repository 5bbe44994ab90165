// The reader's words and money format for inbox cards, in Server and Client Components alike.
import { useTranslations } from 'next-intl';
import { useFormatMoney } from '@/components/locale/money';
import type { Wording } from '@/lib/conversations/catalog';
import { sayWith } from '@/lib/i18n/say';

export function useWording(): Wording {
  return { say: sayWith(useTranslations()), money: useFormatMoney() };
}
