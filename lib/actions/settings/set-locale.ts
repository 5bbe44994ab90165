'use server';
import { z } from 'zod';
import { done, publicAction } from '@/lib/actions/define-action';
import { setPreferenceCookies } from '@/lib/i18n/preference-cookies';
import { LANGUAGES } from '@/lib/i18n/locales';
import { savePreferences } from '@/lib/i18n/preferences';

/** The language switcher: this browser from now on, and every device for a signed-in reader. */
export const setLocale = publicAction({ schema: z.object({ locale: z.enum(LANGUAGES) }) }, async ({ locale }, { viewer, db }) => {
  await setPreferenceCookies({ locale });
  if (viewer) await savePreferences(db, viewer.id, { locale });
  return done({ locale });
});
