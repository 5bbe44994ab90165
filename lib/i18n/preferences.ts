import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/open';
import { users } from '@/db/schema';
import { isLanguage, type Language } from './locales';
import { isTimeZone } from './time-zone';

export interface ReaderPreferences {
  locale: Language | null;
  timeZone: string | null;
}

export async function savePreferences(db: DbOrTx, userId: string, preferences: Partial<{ locale: Language; timeZone: string }>): Promise<void> {
  if (Object.keys(preferences).length === 0) return;
  await db.update(users).set(preferences).where(eq(users.id, userId));
}

/** What a person chose on any device; values that are no longer valid read as not chosen. */
export async function preferencesByEmail(db: DbOrTx, email: string): Promise<ReaderPreferences> {
  const [row] = await db.select({ locale: users.locale, timeZone: users.timeZone }).from(users).where(eq(users.email, email.toLowerCase()));
  return { locale: isLanguage(row?.locale) ? row.locale : null, timeZone: isTimeZone(row?.timeZone) ? row.timeZone : null };
}
