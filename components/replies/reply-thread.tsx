'use client';
// The reply thread under a post: live over an event stream, hosts the composer, and turns a buying
// reply's outcome into the right next step (one-tap confirm, checkout sheet, or the brand's answer).
import { useTranslations } from 'next-intl';
import { useCallback, useMemo, useState } from 'react';
import type { ReplyView } from '@/lib/replies/thread';
import type { CheckoutSession } from '@/lib/checkout/start-checkout';
import type { BuyContext } from '@/lib/checkout/buy-context';
import { Sheet } from '@/components/checkout/sheet';
import { PaymentStep } from '@/components/checkout/lazy-payment-step';
import { stripeForBrowser } from '@/components/checkout/stripe-for-browser';
import { useFormatMoney } from '@/components/locale/money';
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
  const t = useTranslations('replies.thread');
  const receipt = useTranslations('checkout.receipt');
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
        {t.rich('title', { tag: buyHashtag, hint: (chunks) => <span className="muted">{chunks}</span> })}
      </h2>
      {replies.length === 0 ? (
        <p className="muted">{t('empty', { tag: buyHashtag })}</p>
      ) : (
        <ol className="thread__list">
          {replies.map((reply) => (
            <ReplyItem key={reply.id} reply={reply} buyHashtag={buyHashtag} onChanged={refresh} onCheckout={setCheckout} stripeConfig={buy.stripe} signInReturn={buy.signedIn ? null : `/p/${postId}`} />
          ))}
        </ol>
      )}
      <ReplyComposer
        postId={postId}
        buyHashtag={buyHashtag}
        signedIn={buy.signedIn}
        draft={draft}
        holdMinutes={buy.holdMinutes}
        onPosted={async (result) => {
          if (result.kind === 'checkout') setCheckout(result.session);
          await refresh();
        }}
      />
      <Sheet open={checkout !== null} onClose={() => setCheckout(null)} title={t('checkoutTitle')}>
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
                const amount = money(checkout.amountMinor, checkout.currency);
                const method = paid.paymentMethodSummary;
                setPaidNote(`${method ? receipt('paidWith', { amount, method }) : receipt('paid', { amount })} ${receipt('inboxNote')}`);
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
