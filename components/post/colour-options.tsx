'use client';
// A post page's colours: swatches with price and live stock, picking the option the Buy sheet opens on.
import type { PostCardData } from '@/lib/catalog/post-card';
import type { OptionColour } from '@/lib/catalog/option-colours';
import { Money } from '@/components/locale/money';
import { LiveStock } from '@/components/live/live-stock';
import { OptionSwatches } from './option-swatches';
import { usePickedOption } from './option-choice';

export function ColourOptions({ post, colours }: { post: Pick<PostCardData, 'id' | 'variants'>; colours: OptionColour[] }) {
  const choice = usePickedOption();
  const firstInStock = post.variants.find((variant) => variant.stock > 0)?.id ?? '';
  return (
    <OptionSwatches
      name={`colour-${post.id}`}
      variants={post.variants}
      colours={colours}
      value={choice?.variantId ?? firstInStock}
      onPick={(variantId) => choice?.pick(variantId)}
      detail={(variant) => (
        <>
          <Money amountMinor={variant.priceMinor} currency={variant.currency} />
          <LiveStock postId={post.id} variantId={variant.id} initial={variant.stock} />
        </>
      )}
    />
  );
}
