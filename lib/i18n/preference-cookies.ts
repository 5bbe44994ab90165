import 'server-only';
import { cookies } from 'next/headers';
import { LOCALE_COOKIE, PREFERENCE_COOKIE_MAX_AGE, TIME_ZONE_COOKIE } from './cookies';
import { isLanguage, type Language } from './locales';
import type { ReaderPreferences } from './preferences';
import { isTimeZone } from './time-zone';

/** Keeps a reader's choices in this browser for a year (readable by the page, never secret). */
export async function setPreferenceCookies(preferences: Partial<ReaderPreferences>): Promise<void> {
  const jar = await cookies();
  const options = { path: '/', maxAge: PREFERENCE_COOKIE_MAX_AGE, sameSite: 'lax' as const };
  if (preferences.locale) jar.set(LOCALE_COOKIE, preferences.locale, options);
  if (preferences.timeZone) jar.set(TIME_ZONE_COOKIE, preferences.timeZone, options);
}

/** The choices this browser already holds, to keep on an account made from it. */
export async function readPreferenceCookies(): Promise<Partial<{ locale: Language; timeZone: string }>> {
  const jar = await cookies();
  const locale = jar.get(LOCALE_COOKIE)?.value;
  const timeZone = jar.get(TIME_ZONE_COOKIE)?.value;
  return { ...(isLanguage(locale) ? { locale } : {}), ...(isTimeZone(timeZone) ? { timeZone } : {}) };
}
