'use client';
// The draw on a post: its state and live entry count, the entrant's own entry (enter, withdraw,
// pay a won unit), and the link to the public verification page.
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useFormatter, useTranslations } from 'next-intl';
import { useEffect, useState, useTransition } from 'react';
import type { DrawSummary } from '@/lib/draws/view';
import type { SavedCard } from '@/lib/payments/customers';
import type { StripeBrowserConfig } from '@/lib/payments/stripe-config';
import { withdrawDrawEntry } from '@/lib/actions/draws/withdraw-draw-entry';
import { payDrawWin, refreshDrawWin } from '@/lib/actions/draws/pay-draw-win';
import { stripeForBrowser } from '@/components/checkout/stripe-for-browser';
import { useStripeErrorMessage } from '@/components/payments/use-stripe-error-message';
import { Countdown } from '@/components/replies/countdown';
import { EnterDrawSheet } from './enter-draw-sheet';
import { OFFER_MINUTES } from '@/lib/draws/rules';
import { Button, ButtonLink } from '@/components/form/button';

const LIVE_REFRESH_MS = 15_000;

/** Where the draw stands, in the reader's language and time zone. */
function PhaseLine({ draw }: { draw: DrawSummary }) {
  const t = useTranslations('draws.panel.phase');
  const format = useFormatter();
  const when = (iso: string) => format.dateTime(new Date(iso), 'dateTime');
  const entered = draw.entered;
  switch (draw.phase) {
    case 'upcoming':
      return t('upcoming', { opens: when(draw.opensAt), closes: when(draw.closesAt) });
    case 'open':
      return t('open', { closes: when(draw.closesAt), entered });
    case 'drawing':
      return t('drawing', { entered });
    default:
      return t('finished', { entered });
  }
}

interface Props {
  draw: DrawSummary;
  signedIn: boolean;
  /** The brand's own owner sees the draw but cannot enter it. */
  isOwner: boolean;
  cards: SavedCard[];
  stripeConfig: StripeBrowserConfig;
  buyHashtag: string;
}

export function DrawPanel({ draw, signedIn, isOwner, cards, stripeConfig, buyHashtag }: Props) {
  const t = useTranslations('draws.panel');
  const router = useRouter();
  const [sheetOpen, setSheetOpen] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const stripeError = useStripeErrorMessage();
  const mine = draw.mine && draw.mine.status !== 'withdrawn' ? draw.mine : null;

  // The entry count and the draw's state move without the reader doing anything.
  useEffect(() => {
    if (draw.phase === 'finished') return;
    const timer = setInterval(() => router.refresh(), LIVE_REFRESH_MS);
    return () => clearInterval(timer);
  }, [draw.phase, router]);

  function withdraw() {
    start(async () => {
      const result = await withdrawDrawEntry(null, { postId: draw.postId });
      setMessage(result.ok ? (result.message ?? t('withdrawn')) : null);
      setError(result.ok ? null : result.message);
      router.refresh();
    });
  }

  function pay() {
    setError(null);
    start(async () => {
      const result = await payDrawWin(null, { postId: draw.postId });
      if (!result.ok) return setError(result.message);
      if (result.data.status === 'requires_action') {
        // The bank's challenge, then the server asks Stripe what happened.
        const stripe = await stripeForBrowser(stripeConfig);
        const next = await stripe?.handleNextAction({ clientSecret: result.data.clientSecret });
        if (next?.error) setError(stripeError.fromError(next.error, t('authFailed')));
        else {
          const refreshed = await refreshDrawWin(null, { postId: draw.postId });
          if (!refreshed.ok) setError(refreshed.message);
          else if (refreshed.data.status === 'failed') setError(stripeError.fromKey(refreshed.data.decline));
        }
      } else if (result.data.status === 'failed') setError(stripeError.fromKey(result.data.decline));
      router.refresh();
    });
  }

  return (
    <section className="card stack draw-panel" aria-labelledby="draw-title">
      <h2 id="draw-title" className="section-title">
        {t('title')}
      </h2>
      <p className="flush" aria-live="polite">
        <strong>
          <PhaseLine draw={draw} />
        </strong>
      </p>
      <p className="muted flush">
        {[
          t('terms', { options: draw.options.map((option) => `${option.label}: ${option.units}`).join(' · ') }),
          draw.rules.minAccountAgeDays ? t('ruleAge', { days: draw.rules.minAccountAgeDays }) : null,
          draw.rules.requireVerifiedEmail ? t('ruleVerified') : null,
          draw.rules.requireFollower ? t('ruleFollower') : null,
        ]
          .filter(Boolean)
          .join(' ')}
      </p>
      {message && (
        <p className="form-success" role="status">
          {message}
        </p>
      )}
      {mine ? <MyEntryLine draw={draw} /> : null}
      {mine?.status === 'entered' && draw.phase === 'open' && (
        <Button type="button" variant="ghost" onClick={withdraw} disabled={pending}>
          {pending ? t('withdrawing') : t('withdraw')}
        </Button>
      )}
      {mine?.status === 'offered' && (
        <div className="row">
          <Button type="button" onClick={pay} disabled={pending}>
            {pending ? t('paying') : t('payWith', { card: mine.card })}
          </Button>
          {mine.offerExpiresAt && <Countdown until={mine.offerExpiresAt} />}
          {mine.orderId && <Link href={`/orders/${mine.orderId}`}>{t('anotherCard')}</Link>}
        </div>
      )}
      {!mine && !isOwner && draw.phase === 'open' &&
        (signedIn ? (
          <Button type="button" onClick={() => setSheetOpen(true)}>
            {t('enter')}
          </Button>
        ) : (
          <ButtonLink href={`/sign-in?next=/p/${draw.postId}`}>{t('signInToEnter')}</ButtonLink>
        ))}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {!mine && !isOwner && draw.phase === 'open' && (
        <p className="muted flush">{t.rich('replyHint', { tag: buyHashtag, option: draw.options[0]?.label ?? '', strong: (chunks) => <strong>{chunks}</strong> })}</p>
      )}
      <p className="flush">
        <Link href={`/p/${draw.postId}/draw`}>{t('verifyLink')}</Link>
      </p>
      {signedIn && !isOwner && draw.phase === 'open' && (
        <EnterDrawSheet postId={draw.postId} options={draw.options} cards={cards} stripeConfig={stripeConfig} open={sheetOpen} onClose={() => setSheetOpen(false)} />
      )}
    </section>
  );
}

function MyEntryLine({ draw }: { draw: DrawSummary }) {
  const t = useTranslations('draws.mine');
  const mine = draw.mine!;
  const entry = t('entry', { id: mine.id, option: mine.variantLabel, card: mine.card });
  const text: Record<string, string> = {
    entered: draw.phase === 'open' ? t('enteredOpen', { entry }) : t('enteredClosed', { entry }),
    offered: t('offered', { entry }),
    won: t('won', { entry }),
    lapsed: t('lapsed', { entry, minutes: OFFER_MINUTES }),
    lost: t('lost', { entry }),
    void: t('void', { entry }),
  };
  return (
    <p className={mine.status === 'won' ? 'form-success' : 'flush'} role="status">
      {text[mine.status] ?? entry}
    </p>
  );
}
