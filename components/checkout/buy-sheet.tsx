'use client';
// Buy without leaving the post: choose an option and quantity, pay in the sheet, see the receipt.
// Loaded only when a buyer opens it (see buy-button.tsx).
import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useReducer } from 'react';
import { Button } from '@/components/form/button';
import { startCheckout } from '@/lib/actions/checkout/start-checkout';
import type { PostCardData } from '@/lib/catalog/post-card';
import type { BuyContext } from '@/lib/checkout/buy-context';
import { itemName } from '@/lib/catalog/item-name';
import { useFormatMoney } from '@/components/locale/money';
import { usePickedOption } from '@/components/post/option-choice';
import { PaymentStep } from './lazy-payment-step';
import { stripeForBrowser } from './stripe-for-browser';
import { Sheet } from './sheet';
import { buyFlow, initialBuyState } from './buy-flow';
import { OptionPicker } from './option-picker';
import { BuyReceipt } from './buy-receipt';

interface BuySheetProps {
  post: PostCardData;
  buy: BuyContext;
  open: boolean;
  onClose: () => void;
}

export function BuySheet({ post, buy, open, onClose }: BuySheetProps) {
  const t = useTranslations('checkout.sheet');
  const money = useFormatMoney();
  // On a post page the sheet opens on the colour picked there; elsewhere on the first option in stock.
  const picked = usePickedOption()?.variantId ?? null;
  const inStock = post.variants.filter((variant) => variant.stock > 0);
  const [state, dispatch] = useReducer(buyFlow, (inStock.find((variant) => variant.id === picked) ?? inStock[0])?.id ?? '', initialBuyState);
  useEffect(() => {
    if (open && picked) dispatch({ type: 'pick-option', variantId: picked });
  }, [open, picked]);
  const { step } = state;
  const paying = step.name === 'pay';
  const stripe = useMemo(() => (paying ? stripeForBrowser(buy.stripe) : null), [paying, buy.stripe]);

  async function reserve() {
    dispatch({ type: 'reserve' });
    const result = await startCheckout(null, { postId: post.id, variantId: state.variantId, quantity: state.quantity });
    if (result.ok) dispatch({ type: 'reserved', session: result.data });
    else dispatch({ type: 'refused', message: result.fieldErrors?.quantity ?? result.message });
  }

  return (
    <Sheet open={open} onClose={onClose} onClosed={() => dispatch({ type: 'closed' })} title={t('buyFrom', { brand: post.brand.name })}>
      {step.name === 'paid' ? (
        <BuyReceipt session={step.session} paid={step.paid} />
      ) : step.name === 'pay' && stripe ? (
        <div className="stack">
          <p className="sheet__summary">
            <strong>{itemName(post.title, step.session.itemLabel)}</strong> ×{step.session.quantity} ·{' '}
            <strong>{money(step.session.amountMinor, step.session.currency)}</strong>
          </p>
          <PaymentStep stripe={stripe} session={step.session} onPaid={(paid) => dispatch({ type: 'paid', paid })} offerSaveCard />
          <Button type="button" variant="ghost" small onClick={() => dispatch({ type: 'change-choice' })}>
            {t('changeChoice')}
          </Button>
        </div>
      ) : (
        <OptionPicker post={post} state={state} dispatch={dispatch} onReserve={reserve} holdMinutes={buy.holdMinutes} />
      )}
    </Sheet>
  );
}
