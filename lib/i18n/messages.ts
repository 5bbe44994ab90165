import { MESSAGE_AREAS } from './areas';
import type { Language } from './locales';

export type Messages = Record<string, unknown>;

/** Every area's messages for a language, each under its area's name. */
export async function loadMessages(language: Language): Promise<Messages> {
  const entries = await Promise.all(
    MESSAGE_AREAS.map(async (area) => [area, (await import(`../../messages/${language}/${area}.json`)).default] as const),
  );
  return Object.fromEntries(entries);
}
