// Translation outside React: server actions, route handlers and lib code that words something for
// a reader (inbox cards, CSV headers) get a translator for the request's locale. It reads the same
// cookies and headers as next-intl's request config, through next/headers, so tests can set them.
import { cookies, headers } from 'next/headers';
import { createTranslator } from 'use-intl/core';
import { LOCALE_COOKIE } from './cookies';
import { languageOf, negotiateLocale } from './locales';
import { loadMessages } from './messages';

export type MessageParams = Record<string, string | number | Date>;
/** Words a message key in the reader's language; text that is not a key is returned as it is. */
export type SayMessage = (message: string, params?: MessageParams) => string;

export async function requestLocale(): Promise<string> {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  return negotiateLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerList.get('accept-language') ?? '');
}

export async function translatorFor(locale: string): Promise<SayMessage> {
  const t = createTranslator({ locale, messages: await loadMessages(languageOf(locale)) });
  // Keys are only known at run time here (a DomainError's message), so the typed API is widened.
  const lookup = t as unknown as { has(key: string): boolean; (key: string, params?: MessageParams): string };
  return (message, params) => (lookup.has(message) ? lookup(message, params) : message);
}

export async function requestTranslator(): Promise<SayMessage> {
  return translatorFor(await requestLocale());
}
