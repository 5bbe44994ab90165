'use client';
// Buy without leaving the post: choose an option and quantity, pay in a sheet, see the receipt.
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { startCheckout } from '@/lib/actions/checkout/start-checkout';
import type { PostCardData } from '@/lib/catalog/post-card';
import type { CheckoutSession } from '@/lib/checkout/start-checkout';
import { itemName } from '@/lib/catalog/item-name';
import { PaymentStep } from './lazy-payment-step';
import { useFormatMoney } from '@/components/locale/locale-provider';
import { stripeForBrowser } from './stripe-for-browser';
import type { PaidOrder } from './payment-step';
import type { BuyContext } from '@/lib/checkout/buy-context';
import { Sheet } from './sheet';

interface BuySheetProps {
  post: PostCardData;
  buy: BuyContext;
  /** Open at once, e.g. when a signed-out buyer comes back from signing in. */
  autoOpen?: boolean;
}

export function BuySheet({ post, buy, autoOpen = false }: BuySheetProps) {
  const money = useFormatMoney();
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const firstAvailable = post.variants.find((variant) => variant.stock > 0);
  const [variantId, setVariantId] = useState(firstAvailable?.id ?? '');
  const [quantity, setQuantity] = useState(1);
  const [session, setSession] = useState<CheckoutSession | null>(null);
  const [paid, setPaid] = useState<PaidOrder | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const stripe = useMemo(() => (session ? stripeForBrowser(buy.stripe) : null), [session, buy.stripe]);

  const variant = post.variants.find((item) => item.id === variantId);
  const maxQuantity = Math.min(post.maxPerOrder, variant?.stock ?? 0);

  useEffect(() => {
    if (autoOpen && buy.signedIn && firstAvailable) setOpen(true);
  }, [autoOpen, buy.signedIn, firstAvailable]);

  const close = useCallback(() => {
    setOpen(false);
    setError(null);
    if (paid) {
      setSession(null);
      setPaid(null);
    }
  }, [paid]);

  async function continueToPayment() {
    setStarting(true);
    setError(null);
    const result = await startCheckout(null, { postId: post.id, variantId, quantity });
    setStarting(false);
    if (result.ok) setSession(result.data);
    else setError(result.fieldErrors?.quantity ?? result.message);
  }

  // A buyer who just took the last unit keeps their open sheet with its receipt.
  if (!firstAvailable && !open) {
    return (
      <button type="button" className="button button--small" disabled>
        Sold out
      </button>
    );
  }
  if (!buy.signedIn) {
    const back = `/p/${post.id}?buy=1`;
    return (
      <Link className="button button--small" href={`/sign-in?next=${encodeURIComponent(back)}`}>
        Buy
      </Link>
    );
  }

  return (
    <>
      <button type="button" className="button button--small" onClick={() => setOpen(true)} aria-haspopup="dialog" disabled={!firstAvailable}>
        {firstAvailable ? 'Buy' : 'Sold out'}
      </button>
      <Sheet open={open} onClose={close} labelledBy={`buy-${post.id}-title`}>
        <div className="sheet__head">
          <h2 id={`buy-${post.id}-title`}>Buy from {post.brand.name}</h2>
          <button type="button" className="button button--ghost button--small" onClick={close} aria-label="Close">
            ✕
          </button>
        </div>
        {paid ? (
          <div className="stack" role="status">
            <p className="form-success">
              {paid.authorized ? 'Authorised' : 'Paid'} {session && money(session.amountMinor, session.currency)}
              {paid.paymentMethodSummary && ` with ${paid.paymentMethodSummary}`}.{' '}
              {paid.authorized ? 'You will be charged only if the drop reaches its goal.' : 'Your receipt is in your inbox.'}
            </p>
            <Link className="button" href={`/orders/${paid.orderId}`}>
              View order
            </Link>
          </div>
        ) : session && stripe ? (
          <div className="stack">
            <p className="sheet__summary">
              <strong>{itemName(post.title, session.itemLabel)}</strong> ×{session.quantity} ·{' '}
              <strong>{money(session.amountMinor, session.currency)}</strong>
            </p>
            <PaymentStep stripe={stripe} session={session} onPaid={setPaid} offerSaveCard />
            <button type="button" className="button button--ghost button--small" onClick={() => setSession(null)}>
              Change option or quantity
            </button>
          </div>
        ) : (
          <div className="stack">
            <fieldset className="field">
              <legend>Option</legend>
              <div className="option-grid">
                {post.variants.map((option) => (
                  <label key={option.id} className={`option${option.stock <= 0 ? ' option--soldout' : ''}`}>
                    <input
                      type="radio"
                      name={`variant-${post.id}`}
                      value={option.id}
                      checked={variantId === option.id}
                      disabled={option.stock <= 0}
                      onChange={() => {
                        setVariantId(option.id);
                        setQuantity(1);
                      }}
                    />
                    <span>{option.label}</span>
                    <span className="muted">{option.stock <= 0 ? 'Sold out' : money(option.priceMinor, option.currency)}</span>
                  </label>
                ))}
              </div>
            </fieldset>
            <div className="field">
              <label htmlFor={`qty-${post.id}`}>Quantity</label>
              <select id={`qty-${post.id}`} value={quantity} onChange={(event) => setQuantity(Number(event.target.value))}>
                {Array.from({ length: Math.max(maxQuantity, 1) }, (_, index) => index + 1).map((n) => (
                  <option key={n}>{n}</option>
                ))}
              </select>
            </div>
            {variant && (
              <p className="sheet__total">
                Total <strong>{money(variant.priceMinor * quantity, variant.currency)}</strong>
              </p>
            )}
            {error && (
              <p className="form-error" role="alert">
                {error}
              </p>
            )}
            <button type="button" className="button" onClick={continueToPayment} disabled={starting || !variant}>
              {starting && <span className="spinner" aria-hidden />}
              {starting ? 'Reserving…' : 'Continue to payment'}
            </button>
            <p className="muted" style={{ margin: 0 }}>
              We hold your item for 15 minutes while you pay.
            </p>
          </div>
        )}
      </Sheet>
    </>
  );
}
