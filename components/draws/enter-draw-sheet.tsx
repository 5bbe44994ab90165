'use client';
// The entry sheet: pick an option and a saved card, or save a new card here first (a SetupIntent,
// with 3-D Secure done now so a win can be charged without you present).
import { LocalizedElements } from '@/components/payments/localized-elements';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useMemo, useState, useTransition, type FormEvent } from 'react';
import type { DrawOption } from '@/lib/draws/view';
import type { SavedCard } from '@/lib/payments/customers';
import type { StripeBrowserConfig } from '@/lib/payments/stripe-config';
import { enterDraw } from '@/lib/actions/draws/enter-draw';
import { addCard } from '@/lib/actions/settings/manage-cards';
import { Sheet } from '@/components/checkout/sheet';
import { stripeForBrowser } from '@/components/checkout/stripe-for-browser';
import { SaveCardForm } from '@/components/payments/save-card-form';
import { Money } from '@/components/locale/money';
import { Button, buttonClass } from '@/components/form/button';
import { OFFER_MINUTES } from '@/lib/draws/rules';

interface Props {
  postId: string;
  options: DrawOption[];
  cards: SavedCard[];
  stripeConfig: StripeBrowserConfig;
  open: boolean;
  onClose: () => void;
}

export function EnterDrawSheet({ postId, options, cards, stripeConfig, open, onClose }: Props) {
  const t = useTranslations('draws.enter');
  const router = useRouter();
  const [variantId, setVariantId] = useState(options.length === 1 ? options[0]!.variantId : '');
  const [cardId, setCardId] = useState(cards.find((card) => card.isDefault)?.id ?? '');
  const [newCard, setNewCard] = useState<{ id: string; label: string } | null>(null);
  const [setupSecret, setSetupSecret] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const stripe = useMemo(() => (setupSecret ? stripeForBrowser(stripeConfig) : null), [setupSecret, stripeConfig]);

  function addNewCard() {
    start(async () => {
      const result = await addCard(null, {});
      if (result.ok) setSetupSecret(result.data.clientSecret);
      else setError(result.message);
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!variantId) return setError(t('chooseOption'));
    if (!cardId) return setError(t('chooseCard'));
    start(async () => {
      const result = await enterDraw(null, { postId, variantId, paymentMethodId: cardId });
      if (!result.ok) return setError(result.message);
      onClose();
      router.refresh();
    });
  }

  return (
    <Sheet open={open} onClose={onClose} title={t('title')}>
      <form onSubmit={submit} className="stack" noValidate>
        <fieldset className="stack">
          <legend>{t('option')}</legend>
          {options.map((option) => (
            <label key={option.variantId} className="row">
              <input type="radio" name="variantId" value={option.variantId} checked={variantId === option.variantId} onChange={() => setVariantId(option.variantId)} />
              {option.label} · <Money amountMinor={option.priceMinor} currency={option.currency} /> <span className="muted">{t('available', { units: option.units })}</span>
            </label>
          ))}
        </fieldset>
        <fieldset className="stack">
          <legend>{t('cardLegend')}</legend>
          {cards.map((card) => (
            <label key={card.id} className="row">
              <input type="radio" name="paymentMethodId" value={card.id} checked={cardId === card.id} onChange={() => setCardId(card.id)} />
              {card.summary} <span className="muted">{t('expires', { date: card.expires })}</span>
            </label>
          ))}
          {newCard && (
            <label className="row">
              <input type="radio" name="paymentMethodId" value={newCard.id} checked={cardId === newCard.id} onChange={() => setCardId(newCard.id)} />
              {newCard.label}
            </label>
          )}
          {!setupSecret && (
            <button type="button" className="link-button" onClick={addNewCard} disabled={pending}>
              {t('useNewCard')}
            </button>
          )}
        </fieldset>
        <p className="muted flush">{t('note', { minutes: OFFER_MINUTES })}</p>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <Button type="submit" disabled={pending}>
          {pending ? t('entering') : t('submit')}
        </Button>
      </form>
      {setupSecret && stripe && (
        <LocalizedElements stripe={stripe} options={{ clientSecret: setupSecret }}>
          <SaveCardForm
            buttonClassName={buttonClass({ variant: 'ghost' })}
            returnUrl={() => window.location.href}
            onSaved={(id) => {
              setNewCard({ id, label: t('newCardSaved') });
              setCardId(id);
              setSetupSecret(null);
            }}
          />
        </LocalizedElements>
      )}
    </Sheet>
  );
}
