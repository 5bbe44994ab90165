// next-intl's per-request configuration: no locale in the URL. A post link reads the same for
// everyone who opens it, in their own language, and what the public cache keeps (data, not
// markup) is shared by every locale; where rendered output is cached, the locale is its key.
import { cookies } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { TIME_ZONE_COOKIE } from './cookies';
import { FORMATS } from './formats';
import { languageOf } from './locales';
import { loadMessages } from './messages';
import { DEFAULT_TIME_ZONE, isTimeZone } from './time-zone';
import { requestLocale } from './translator';

export default getRequestConfig(async () => {
  const [locale, cookieStore] = await Promise.all([requestLocale(), cookies()]);
  const timeZone = cookieStore.get(TIME_ZONE_COOKIE)?.value;
  return {
    locale,
    timeZone: isTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE,
    messages: await loadMessages(languageOf(locale)),
    formats: FORMATS,
  };
});
