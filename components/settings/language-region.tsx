// Settings: the language Hashcart speaks (the same switcher as in the header) and the time zone
// every time is shown in, as the server knows it (the browser's, reported by TimeZoneSync).
import { getFormatter, getLocale, getNow, getTimeZone, getTranslations } from 'next-intl/server';
import { LanguageSwitcher } from '@/components/locale/language-switcher';

function zoneName(locale: string, timeZone: string, at: Date): string {
  const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' }).formatToParts(at);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

export async function LanguageRegion() {
  const [t, format, locale, timeZone, now] = await Promise.all([getTranslations('settings.region'), getFormatter(), getLocale(), getTimeZone(), getNow()]);
  return (
    <section className="card stack" aria-labelledby="region-title">
      <h2 id="region-title" className="flush">
        {t('title')}
      </h2>
      <div className="field">
        <span className="field__label">
          {t('language')}
        </span>
        <LanguageSwitcher />
        <p className="field-hint">{t('languageHint')}</p>
      </div>
      <div className="field">
        <span className="field__label">{t('timeZone')}</span>
        <p className="flush" data-time-zone={timeZone}>
          {t('timeZoneValue', { name: zoneName(locale, timeZone, now), zone: timeZone, time: format.dateTime(now, 'time') })}
        </p>
        <p className="field-hint">{t('timeZoneHint')}</p>
      </div>
    </section>
  );
}
