'use client';
import { useTranslations } from 'next-intl';
import type { Dispatch } from 'react';
import { Field } from '@/components/form/field';
import type { FieldErrors } from '@/lib/actions/define-action';
import type { ComposerAction } from './composer-state';

const CURRENCIES = ['EUR', 'USD', 'GBP', 'JPY', 'CHF', 'SEK', 'CAD', 'AUD'];

/** How the post sells: its currency, the hashtag that buys, and how many one order may take. */
export function ComposerTerms({ currency, errors, dispatch }: { currency: string; errors: FieldErrors; dispatch: Dispatch<ComposerAction> }) {
  const t = useTranslations('composer.terms');
  return (
    <div className="row row--top">
      <div className="field">
        <label htmlFor="currency">{t('currency')}</label>
        <select id="currency" name="currency" value={currency} onChange={(event) => dispatch({ type: 'currencyChosen', currency: event.currentTarget.value })}>
          {CURRENCIES.map((code) => (
            <option key={code}>{code}</option>
          ))}
        </select>
      </div>
      <Field name="buyHashtag" label={t('buyHashtag')} defaultValue="buy" error={errors.buyHashtag} hint={t('buyHashtagHint')} />
      <Field name="maxPerOrder" label={t('maxPerOrder')} type="number" min={1} max={99} defaultValue={5} error={errors.maxPerOrder} />
    </div>
  );
}
