'use client';
// The reply thread under a post: live over an event stream, hosts the composer, and turns a buying
// reply's outcome into the right next step (one-tap confirm, checkout sheet, or the brand's answer).
import { useCallback, useMemo, useState } from 'react';
import type { ReplyView } from '@/lib/replies/thread';
import type { CheckoutSession } from '@/lib/checkout/start-checkout';
import type { BuyContext } from '@/lib/checkout/buy-context';
import { Sheet } from '@/components/checkout/sheet';
import { PaymentStep } from '@/components/checkout/lazy-payment-step';
import { stripeForBrowser } from '@/components/checkout/stripe-for-browser';
import { useFormatMoney } from '@/components/locale/locale-provider';
import { useLive } from '@/components/live/live-provider';
import { itemName } from '@/lib/catalog/item-name';
import { ReplyItem } from './reply-item';
import { ReplyComposer } from './reply-composer';

interface ReplyThreadProps {
  postId: string;
  postTitle: string;
  buyHashtag: string;
  initialReplies: ReplyView[];
  buy: BuyContext;
  draft: string;
}

export function ReplyThread({ postId, postTitle, buyHashtag, initialReplies, buy, draft }: ReplyThreadProps) {
  const money = useFormatMoney();
  const [replies, setReplies] = useState(initialReplies);
  const [checkout, setCheckout] = useState<CheckoutSession | null>(null);
  const [paidNote, setPaidNote] = useState<string | null>(null);
  const stripe = useMemo(() => (checkout ? stripeForBrowser(buy.stripe) : null), [checkout, buy.stripe]);

  const refresh = useCallback(async () => {
    const response = await fetch(`/api/posts/${postId}/replies`, { cache: 'no-store' });
    if (response.ok) setReplies(((await response.json()) as { replies: ReplyView[] }).replies);
  }, [postId]);

  // Pushed over the tab's live stream; a resync comes only after the stream was down.
  useLive(`post:${postId}`, (event) => {
    if (event.type === 'replies' || event.type === 'resync') void refresh();
  });

  return (
    <section className="thread" aria-labelledby="replies-title">
      <h2 id="replies-title" className="thread__title">
        Replies <span className="muted">· reply #{buyHashtag} to buy</span>
      </h2>
      {replies.length === 0 ? (
        <p className="muted">No replies yet. Be the first — or reply #{buyHashtag} to buy.</p>
      ) : (
        <ol className="thread__list">
          {replies.map((reply) => (
            <ReplyItem key={reply.id} reply={reply} onChanged={refresh} onCheckout={setCheckout} stripeConfig={buy.stripe} signInReturn={buy.signedIn ? null : `/p/${postId}`} />
          ))}
        </ol>
      )}
      <ReplyComposer
        postId={postId}
        buyHashtag={buyHashtag}
        signedIn={buy.signedIn}
        draft={draft}
        onPosted={async (result) => {
          if (result.kind === 'checkout') setCheckout(result.session);
          await refresh();
        }}
      />
      <Sheet open={checkout !== null} onClose={() => setCheckout(null)} labelledBy="reply-checkout-title">
        <div className="sheet__head">
          <h2 id="reply-checkout-title">Complete your purchase</h2>
          <button type="button" className="button button--ghost button--small" onClick={() => setCheckout(null)} aria-label="Close">
            ✕
          </button>
        </div>
        {checkout && stripe && (
          <div className="stack">
            <p className="sheet__summary">
              <strong>{itemName(postTitle, checkout.itemLabel)}</strong> ×{checkout.quantity} · <strong>{money(checkout.amountMinor, checkout.currency)}</strong>
            </p>
            <PaymentStep
              stripe={stripe}
              session={checkout}
              offerSaveCard
              onPaid={async (paid) => {
                setCheckout(null);
                setPaidNote(`Paid ${money(checkout.amountMinor, checkout.currency)}${paid.paymentMethodSummary ? ` with ${paid.paymentMethodSummary}` : ''}. Your receipt is in your inbox.`);
                await refresh();
              }}
            />
          </div>
        )}
      </Sheet>
      {paidNote && (
        <p className="form-success" role="status">
          {paidNote}
        </p>
      )}
    </section>
  );
}
