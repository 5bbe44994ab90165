'use client';
// The first step of buying: which option and how many, the total, and the button that reserves it.
import { useTranslations } from 'next-intl';
import type { Dispatch } from 'react';
import { Button } from '@/components/form/button';
import type { PostCardData } from '@/lib/catalog/post-card';
import { optionColours } from '@/lib/catalog/option-colours';
import { useFormatMoney } from '@/components/locale/money';
import { OptionSwatches } from '@/components/post/option-swatches';
import { usePickedOption } from '@/components/post/option-choice';
import type { BuyEvent, BuyState } from './buy-flow';

interface OptionPickerProps {
  post: PostCardData;
  state: BuyState;
  dispatch: Dispatch<BuyEvent>;
  onReserve: () => void;
  holdMinutes: number;
}

export function OptionPicker({ post, state, dispatch, onReserve, holdMinutes }: OptionPickerProps) {
  const t = useTranslations('checkout.picker');
  const money = useFormatMoney();
  const variant = post.variants.find((item) => item.id === state.variantId);
  const maxQuantity = Math.min(post.maxPerOrder, variant?.stock ?? 0);
  const step = state.step.name === 'choose' ? state.step : null;
  const colours = optionColours(post.variants.map((option) => option.label));
  const pageChoice = usePickedOption();
  const pick = (variantId: string) => {
    dispatch({ type: 'pick-option', variantId });
    // On a post page the swatches there follow what was picked here.
    pageChoice?.pick(variantId);
  };
  return (
    <div className="stack">
      {colours ? (
        <OptionSwatches
          name={`variant-${post.id}`}
          variants={post.variants}
          colours={colours}
          value={state.variantId}
          onPick={pick}
          detail={(option) => <span className="muted">{option.stock <= 0 ? t('soldOut') : money(option.priceMinor, option.currency)}</span>}
        />
      ) : (
        <fieldset className="field">
          <legend>{t('option')}</legend>
          <div className="option-grid">
            {post.variants.map((option) => (
              <label key={option.id} className={`option${option.stock <= 0 ? ' option--soldout' : ''}`}>
                <input
                  type="radio"
                  name={`variant-${post.id}`}
                  value={option.id}
                  checked={state.variantId === option.id}
                  disabled={option.stock <= 0}
                  onChange={() => pick(option.id)}
                />
                <span>{option.label}</span>
                <span className="muted">{option.stock <= 0 ? t('soldOut') : money(option.priceMinor, option.currency)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div className="field">
        <label htmlFor={`qty-${post.id}`}>{t('quantity')}</label>
        <select id={`qty-${post.id}`} value={state.quantity} onChange={(event) => dispatch({ type: 'pick-quantity', quantity: Number(event.target.value) })}>
          {Array.from({ length: Math.max(maxQuantity, 1) }, (_, index) => index + 1).map((n) => (
            <option key={n}>{n}</option>
          ))}
        </select>
      </div>
      {variant && (
        <p className="sheet__total">
          {t.rich('total', { amount: money(variant.priceMinor * state.quantity, variant.currency), strong: (chunks) => <strong>{chunks}</strong> })}
        </p>
      )}
      {step?.error && (
        <p className="form-error" role="alert">
          {step.error}
        </p>
      )}
      <Button type="button" onClick={onReserve} disabled={step?.starting || !variant}>
        {step?.starting && <span className="spinner" aria-hidden />}
        {step?.starting ? t('reserving') : t('continue')}
      </Button>
      <p className="muted sheet__note">{t('hold', { minutes: holdMinutes })}</p>
    </div>
  );
}
