'use client';
import { LocalizedElements } from '@/components/payments/localized-elements';
import { useRouter } from 'next/navigation';
import { useMemo, useState, useTransition } from 'react';
import type { SavedCard } from '@/lib/payments/customers';
import type { StripeBrowserConfig } from '@/lib/payments/stripe-config';
import { addCard, removeCard, setDefaultCard } from '@/lib/actions/settings/manage-cards';
import { stripeForBrowser } from '@/components/checkout/stripe-for-browser';
import { SaveCardForm } from '@/components/payments/save-card-form';

export function SavedCards({ cards, stripe: config }: { cards: SavedCard[]; stripe: StripeBrowserConfig }) {
  const router = useRouter();
  const [setupSecret, setSetupSecret] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const stripe = useMemo(() => (setupSecret ? stripeForBrowser(config) : null), [setupSecret, config]);

  function run(action: () => Promise<{ ok: boolean; message?: string }>, done: string) {
    start(async () => {
      const result = await action();
      setMessage(result.ok ? done : (result.message ?? 'Something went wrong.'));
      router.refresh();
    });
  }

  return (
    <div className="stack">
      {message && (
        <p className="form-success" role="status">
          {message}
        </p>
      )}
      {cards.length === 0 ? (
        <p className="muted">No saved cards yet. Tick &ldquo;Save card for one-tap reply buying&rdquo; when you pay, or add one here.</p>
      ) : (
        <ul className="card-list" aria-busy={pending}>
          {cards.map((card) => (
            <li key={card.id} className="row" style={{ justifyContent: 'space-between' }}>
              <span>
                <strong>{card.summary}</strong> <span className="muted">expires {card.expires}</span> {card.isDefault && <span className="status status--paid">Default</span>}
              </span>
              <span className="row">
                {!card.isDefault && (
                  <button type="button" className="button button--ghost button--small" disabled={pending} onClick={() => run(() => setDefaultCard(null, { paymentMethodId: card.id }), `${card.summary} is now your default.`)}>
                    Make default
                  </button>
                )}
                <button type="button" className="button button--ghost button--small" disabled={pending} aria-label={`Remove ${card.summary}`} onClick={() => run(() => removeCard(null, { paymentMethodId: card.id }), `${card.summary} removed.`)}>
                  Remove
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {setupSecret && stripe ? (
        <LocalizedElements stripe={stripe} options={{ clientSecret: setupSecret }}>
          <SaveCardForm
            returnUrl={() => `${window.location.origin}/settings/payments`}
            onSaved={() => {
              setSetupSecret(null);
              setMessage('Card saved.');
              router.refresh();
            }}
          />
        </LocalizedElements>
      ) : (
        <button
          type="button"
          className="button button--ghost"
          disabled={pending}
          onClick={() =>
            start(async () => {
              const result = await addCard(null, {});
              if (result.ok) setSetupSecret(result.data.clientSecret);
              else setMessage(result.message);
            })
          }
        >
          Add a card
        </button>
      )}
    </div>
  );
}
