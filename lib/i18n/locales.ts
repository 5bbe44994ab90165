// The languages Hashcart is written in, and how a request's locale is chosen from the reader's
// choice and their browser. Pure: the request wiring lives in request.ts.

export const LANGUAGES = ['en', 'de', 'fr', 'it'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

/** Each language named in itself, for the switcher. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', de: 'Deutsch', fr: 'Français', it: 'Italiano' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language part of a BCP 47 tag: 'de-CH' → 'de'. */
export function languageOf(locale: string): Language {
  const language = locale.split('-')[0]?.toLowerCase();
  return isLanguage(language) ? language : DEFAULT_LANGUAGE;
}

function acceptedTags(acceptLanguage: string): string[] {
  return acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter(({ tag, weight }) => tag !== '' && tag !== '*' && weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map(({ tag }) => canonical(tag))
    .filter((tag): tag is string => tag !== null);
}

function canonical(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * The locale a request is served in: the reader's chosen language, else the first language of
 * their browser we speak, else English. When the browser names a region of that language
 * (de-CH, fr-CH, it-CH), the region is kept so numbers and money read the local way
 * (CHF 1’234.50 in Zurich, 1.234,50 € in Munich) while the words come from the language.
 */
export function negotiateLocale(choice: string | undefined, acceptLanguage: string): string {
  const tags = acceptedTags(acceptLanguage);
  const spoken = tags.map((tag) => tag.split('-')[0]!.toLowerCase()).find(isLanguage);
  const language = isLanguage(choice) ? choice : (spoken ?? DEFAULT_LANGUAGE);
  const regional = tags.find((tag) => tag.toLowerCase().startsWith(`${language}-`));
  return regional ?? language;
}
