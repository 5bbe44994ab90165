'use client';
// The Buy button on a card or post page: a small island. The sheet behind it (the dialog, the
// option picker, Stripe's components) is fetched when a buyer reaches for it, not with every feed.
import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import type { PostCardData } from '@/lib/catalog/post-card';
import type { BuyContext } from '@/lib/checkout/buy-context';
import { Button, ButtonLink } from '@/components/form/button';

const loadBuySheet = () => import('./buy-sheet').then((module) => module.BuySheet);
const BuySheet = dynamic(loadBuySheet, { ssr: false });

interface BuyButtonProps {
  post: PostCardData;
  buy: BuyContext;
  /** Open at once, e.g. when a signed-out buyer comes back from signing in. */
  autoOpen?: boolean;
}

export function BuyButton({ post, buy, autoOpen = false }: BuyButtonProps) {
  const t = useTranslations('checkout.buy');
  const available = post.variants.some((variant) => variant.stock > 0);
  const [open, setOpen] = useState(false);
  // Mounted from the first opening on, so it keeps a reserved order and can animate closed.
  const [opened, setOpened] = useState(false);
  const show = () => {
    setOpened(true);
    setOpen(true);
  };

  useEffect(() => {
    if (autoOpen && buy.signedIn && available) show();
  }, [autoOpen, buy.signedIn, available]);

  if (!buy.signedIn) {
    if (!available) return <SoldOut />;
    const back = `/p/${post.id}?buy=1`;
    return (
      <ButtonLink href={`/sign-in?next=${encodeURIComponent(back)}`}>{t('buy')}</ButtonLink>
    );
  }
  return (
    <>
      {/* A buyer who just took the last unit keeps their open sheet with its receipt. */}
      {available ? (
        <Button type="button" onClick={show} onPointerEnter={() => void loadBuySheet()} onFocus={() => void loadBuySheet()} aria-haspopup="dialog">
          {t('buy')}
        </Button>
      ) : (
        <SoldOut />
      )}
      {opened && <BuySheet post={post} buy={buy} open={open} onClose={() => setOpen(false)} />}
    </>
  );
}

function SoldOut() {
  const t = useTranslations('checkout.buy');
  return (
    <Button type="button" disabled>
      {t('soldOut')}
    </Button>
  );
}
