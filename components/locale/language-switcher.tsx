'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useTransition } from 'react';
import { setLocale } from '@/lib/actions/settings/set-locale';
import { LANGUAGES, LANGUAGE_NAMES, isLanguage, languageOf } from '@/lib/i18n/locales';

/** Changes the language in place: the action sets the cookie and Next re-renders the same page. */
export function LanguageSwitcher({ className }: { className?: string }) {
  const t = useTranslations('common.language');
  const language = languageOf(useLocale());
  const [pending, startTransition] = useTransition();
  return (
    <label className={['language-switcher', className].filter(Boolean).join(' ')}>
      <span className="visually-hidden">{t('label')}</span>
      <select
        value={language}
        disabled={pending}
        aria-busy={pending}
        onChange={(event) => {
          const locale = event.target.value;
          if (isLanguage(locale)) startTransition(async () => void (await setLocale(null, { locale })));
        }}
      >
        {LANGUAGES.map((option) => (
          <option key={option} value={option} lang={option}>
            {LANGUAGE_NAMES[option]}
          </option>
        ))}
      </select>
    </label>
  );
}
