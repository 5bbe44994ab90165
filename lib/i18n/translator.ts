// Translation outside React: server actions, route handlers and lib code that words something for
// a reader (inbox cards, CSV headers) get a translator for the request's locale. It reads the same
// cookies and headers as next-intl's request config, through next/headers, so tests can set them.
import { cookies, headers } from 'next/headers';
import { createTranslator } from 'use-intl/core';
import { LOCALE_COOKIE, TIME_ZONE_COOKIE } from './cookies';
import { languageOf, negotiateLocale } from './locales';
import { loadMessages } from './messages';
import { FORMATS } from './formats';
import { DEFAULT_TIME_ZONE, isTimeZone } from './time-zone';
import { sayWith, type SayMessage } from './say';

export type { MessageParams, SayMessage } from './say';

export async function requestLocale(): Promise<string> {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  return negotiateLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerList.get('accept-language') ?? '');
}

/** `timeZone` (the reader's) is where a date in a message is written; without it, UTC. */
export async function translatorFor(locale: string, timeZone: string = DEFAULT_TIME_ZONE): Promise<SayMessage> {
  return sayWith(createTranslator({ locale, timeZone, formats: FORMATS, messages: await loadMessages(languageOf(locale)) }));
}

export async function requestTranslator(): Promise<SayMessage> {
  const [locale, cookieStore] = await Promise.all([requestLocale(), cookies()]);
  const timeZone = cookieStore.get(TIME_ZONE_COOKIE)?.value;
  return translatorFor(locale, isTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE);
}
