'use client';
// The draw on a post: its state and live entry count, the entrant's own entry (enter, withdraw,
// pay a won unit), and the link to the public verification page.
import Link from 'next/link';
import { useRouter } from 'next/navigation';
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

const LIVE_REFRESH_MS = 15_000;

function when(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

function phaseLine(draw: DrawSummary): string {
  const entered = `${draw.entered.toLocaleString('en-US')} entered`;
  switch (draw.phase) {
    case 'upcoming':
      return `Entries open ${when(draw.opensAt)} · close ${when(draw.closesAt)}`;
    case 'open':
      return `Entries close ${when(draw.closesAt)} · ${entered}`;
    case 'drawing':
      return `Entries closed · ${entered} · drawing winners…`;
    default:
      return `Drawn · ${entered}`;
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
      setMessage(result.ok ? (result.message ?? 'Withdrawn.') : null);
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
        if (next?.error) setError(stripeError.fromError(next.error, 'Authentication failed.'));
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
      <h2 id="draw-title" style={{ margin: 0, fontSize: '1.05rem' }}>
        Fair-launch draw
      </h2>
      <p style={{ margin: 0 }} aria-live="polite">
        <strong>{phaseLine(draw)}</strong>
      </p>
      <p className="muted" style={{ margin: 0 }}>
        {draw.options.map((option) => `${option.label}: ${option.units}`).join(' · ')} — one entry per person, winners picked at random when entries close.
        {draw.rules.minAccountAgeDays ? ` Accounts older than ${draw.rules.minAccountAgeDays} days.` : ''}
        {draw.rules.requireVerifiedEmail ? ' Verified email needed.' : ''}
        {draw.rules.requireFollower ? ' Followers from before the draw opened.' : ''}
      </p>
      {message && (
        <p className="form-success" role="status">
          {message}
        </p>
      )}
      {mine ? <MyEntryLine draw={draw} /> : null}
      {mine?.status === 'entered' && draw.phase === 'open' && (
        <button type="button" className="button button--ghost" onClick={withdraw} disabled={pending}>
          {pending ? 'Withdrawing…' : 'Withdraw my entry'}
        </button>
      )}
      {mine?.status === 'offered' && (
        <div className="row">
          <button type="button" className="button" onClick={pay} disabled={pending}>
            {pending ? 'Paying…' : `Pay with ${mine.card}`}
          </button>
          {mine.offerExpiresAt && <Countdown until={mine.offerExpiresAt} />}
          {mine.orderId && <Link href={`/orders/${mine.orderId}`}>Pay with another card</Link>}
        </div>
      )}
      {!mine && !isOwner && draw.phase === 'open' &&
        (signedIn ? (
          <button type="button" className="button" onClick={() => setSheetOpen(true)}>
            Enter the draw
          </button>
        ) : (
          <Link className="button" href={`/sign-in?next=/p/${draw.postId}`}>
            Sign in to enter
          </Link>
        ))}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {!mine && !isOwner && draw.phase === 'open' && (
        <p className="muted" style={{ margin: 0 }}>
          Or reply <strong>#{buyHashtag} {draw.options[0]?.label}</strong> to enter with your default saved card. Replying #{buyHashtag} on a draw enters it; it never buys.
        </p>
      )}
      <p style={{ margin: 0 }}>
        <Link href={`/p/${draw.postId}/draw`}>How the winners are picked — verify this draw</Link>
      </p>
      {signedIn && !isOwner && draw.phase === 'open' && (
        <EnterDrawSheet postId={draw.postId} options={draw.options} cards={cards} stripeConfig={stripeConfig} open={sheetOpen} onClose={() => setSheetOpen(false)} />
      )}
    </section>
  );
}

function MyEntryLine({ draw }: { draw: DrawSummary }) {
  const mine = draw.mine!;
  const entry = `entry #${mine.id} · ${mine.variantLabel} · ${mine.card}`;
  const text: Record<string, string> = {
    entered: draw.phase === 'open' ? `You're in: ${entry}. You're charged only if you win.` : `You're in: ${entry}. Winners are being drawn.`,
    offered: `You won (${entry})! Your bank needs you to confirm the payment — pay before the time runs out or the unit goes to the next entrant.`,
    won: `You won and paid (${entry}). The receipt is in your inbox.`,
    lapsed: `You won (${entry}), but the 30 minutes to pay passed, so the unit went to the next entrant. You were not charged.`,
    lost: `Not this time (${entry}). Your card was not charged.`,
    void: `Your entry (${entry}) is void.`,
  };
  return (
    <p className={mine.status === 'won' ? 'form-success' : ''} style={{ margin: 0 }} role="status">
      {text[mine.status] ?? entry}
    </p>
  );
}
