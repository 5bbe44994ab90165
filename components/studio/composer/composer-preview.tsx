'use client';
import { useLocale, useTranslations } from 'next-intl';
import { RichText } from '@/components/post/rich-text';
import { useFormatMoney } from '@/components/locale/money';
import { parseMoneyInput } from '@/lib/money';
import type { ComposerState } from './composer-state';

/** The post roughly as followers will see it: cover photo, title, text and prices. */
export function ComposerPreview({ state }: { state: ComposerState }) {
  const t = useTranslations('composer.preview');
  const locale = useLocale();
  const formatMoney = useFormatMoney();
  const cover = state.photos[0];
  return (
    <section id="composer-preview" className="card stack studio-preview" aria-label={t('label')}>
      {cover && <img src={cover.url} alt={cover.alt} />}
      <h2 className="post-title">{state.title || <span className="muted">{t('title')}</span>}</h2>
      <p className="studio-preview__body">{state.body ? <RichText text={state.body} /> : <span className="muted">{t('body')}</span>}</p>
      <ul>
        {state.variants.rows.map((row) => {
          const minor = parseMoneyInput(row.price, state.currency, locale);
          return (
            <li key={row.key}>
              {t('variant', { label: row.label || t('option'), price: minor === null ? t('noPrice') : formatMoney(minor, state.currency) })}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
