'use client';
// The entry sheet: pick an option and a saved card, or save a new card here first (a SetupIntent,
// with 3-D Secure done now so a win can be charged without you present).
import { LocalizedElements } from '@/components/payments/localized-elements';
import { useRouter } from 'next/navigation';
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

interface Props {
  postId: string;
  options: DrawOption[];
  cards: SavedCard[];
  stripeConfig: StripeBrowserConfig;
  open: boolean;
  onClose: () => void;
}

export function EnterDrawSheet({ postId, options, cards, stripeConfig, open, onClose }: Props) {
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
    if (!variantId) return setError('Choose an option.');
    if (!cardId) return setError('Choose a card, or save a new one.');
    start(async () => {
      const result = await enterDraw(null, { postId, variantId, paymentMethodId: cardId });
      if (!result.ok) return setError(result.message);
      onClose();
      router.refresh();
    });
  }

  return (
    <Sheet open={open} onClose={onClose} title="Enter the draw">
      <form onSubmit={submit} className="stack" noValidate>
        <fieldset className="stack">
          <legend>Option</legend>
          {options.map((option) => (
            <label key={option.variantId} className="row">
              <input type="radio" name="variantId" value={option.variantId} checked={variantId === option.variantId} onChange={() => setVariantId(option.variantId)} />
              {option.label} · <Money amountMinor={option.priceMinor} currency={option.currency} /> <span className="muted">({option.units} available)</span>
            </label>
          ))}
        </fieldset>
        <fieldset className="stack">
          <legend>Card charged if you win</legend>
          {cards.map((card) => (
            <label key={card.id} className="row">
              <input type="radio" name="paymentMethodId" value={card.id} checked={cardId === card.id} onChange={() => setCardId(card.id)} />
              {card.summary} <span className="muted">expires {card.expires}</span>
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
              + Use a new card
            </button>
          )}
        </fieldset>
        <p className="muted" style={{ margin: 0 }}>
          Nothing is charged now. If you win, this card is charged for one unit when entries close; if your bank asks to confirm, you get 30 minutes to pay.
        </p>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button" disabled={pending}>
          {pending ? 'Entering…' : 'Enter the draw'}
        </button>
      </form>
      {setupSecret && stripe && (
        <LocalizedElements stripe={stripe} options={{ clientSecret: setupSecret }}>
          <SaveCardForm
            buttonClassName="button button--ghost"
            returnUrl={() => window.location.href}
            onSaved={(id) => {
              setNewCard({ id, label: 'New card (saved)' });
              setCardId(id);
              setSetupSecret(null);
            }}
          />
        </LocalizedElements>
      )}
    </Sheet>
  );
}
