'use client';
// Stock as the page was rendered, then as it is: pushed over the tab's live stream, so a cached
// post or feed page never needs re-rendering to say "3 left" or "Sold out".
import { useState } from 'react';
import { StockState } from '@/components/post/stock-state';
import { useLive } from './live-provider';

/** Without `variantId`, the post's total across its options (what a feed card shows). */
export function LiveStock({ postId, variantId, initial, lowOnly = false }: { postId: string; variantId?: string; initial: number; lowOnly?: boolean }) {
  const [stock, setStock] = useState(initial);
  useLive(`post:${postId}`, (event) => {
    if (event.type !== 'stock') return;
    const counted = variantId ? event.variants.filter((variant) => variant.id === variantId) : event.variants;
    if (counted.length > 0) setStock(counted.reduce((sum, variant) => sum + variant.stock, 0));
  });
  return (
    <span aria-live="polite" data-live-stock={variantId ?? postId}>
      <StockState stock={stock} lowOnly={lowOnly} />
    </span>
  );
}
