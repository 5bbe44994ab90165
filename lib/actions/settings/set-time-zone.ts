'use server';
import { z } from 'zod';
import { done, publicAction } from '@/lib/actions/define-action';
import { setPreferenceCookies } from '@/lib/i18n/preference-cookies';
import { savePreferences } from '@/lib/i18n/preferences';
import { isTimeZone } from '@/lib/i18n/time-zone';

/** The browser reports its time zone once; times are then written in it on every page. */
export const setTimeZone = publicAction({ schema: z.object({ timeZone: z.string().refine(isTimeZone) }) }, async ({ timeZone }, { viewer, db }) => {
  await setPreferenceCookies({ timeZone });
  if (viewer) await savePreferences(db, viewer.id, { timeZone });
  return done({ timeZone });
});
