'use client';
import { LocalizedElements } from '@/components/payments/localized-elements';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useMemo, useState, useTransition } from 'react';
import type { SavedCard } from '@/lib/payments/customers';
import type { StripeBrowserConfig } from '@/lib/payments/stripe-config';
import { addCard, removeCard, setDefaultCard } from '@/lib/actions/settings/manage-cards';
import { stripeForBrowser } from '@/components/checkout/stripe-for-browser';
import { SaveCardForm } from '@/components/payments/save-card-form';
import { Button } from '@/components/form/button';

export function SavedCards({ cards, stripe: config }: { cards: SavedCard[]; stripe: StripeBrowserConfig }) {
  const t = useTranslations('settings.cards');
  const router = useRouter();
  const [setupSecret, setSetupSecret] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const stripe = useMemo(() => (setupSecret ? stripeForBrowser(config) : null), [setupSecret, config]);

  function run(action: () => Promise<{ ok: boolean; message?: string }>, done: string) {
    start(async () => {
      const result = await action();
      setMessage(result.ok ? done : (result.message ?? t('failed')));
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
        <p className="muted">{t('empty')}</p>
      ) : (
        <ul className="card-list" aria-busy={pending}>
          {cards.map((card) => (
            <li key={card.id} className="row row--spread">
              <span>
                <strong>{card.summary}</strong> <span className="muted">{t('expires', { date: card.expires })}</span> {card.isDefault && <span className="status status--paid">{t('default')}</span>}
              </span>
              <span className="row">
                {!card.isDefault && (
                  <Button type="button" variant="ghost" small disabled={pending} onClick={() => run(() => setDefaultCard(null, { paymentMethodId: card.id }), t('nowDefault', { card: card.summary }))}>
                    {t('makeDefault')}
                  </Button>
                )}
                <Button type="button" variant="ghost" small disabled={pending} aria-label={t('removeCard', { card: card.summary })} onClick={() => run(() => removeCard(null, { paymentMethodId: card.id }), t('removed', { card: card.summary }))}>
                  {t('remove')}
                </Button>
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
              setMessage(t('saved'));
              router.refresh();
            }}
          />
        </LocalizedElements>
      ) : (
        <Button
          type="button"
          variant="ghost"
          disabled={pending}
          onClick={() =>
            start(async () => {
              const result = await addCard(null, {});
              if (result.ok) setSetupSecret(result.data.clientSecret);
              else setMessage(result.message);
            })
          }
        >
          {t('add')}
        </Button>
      )}
    </div>
  );
}
