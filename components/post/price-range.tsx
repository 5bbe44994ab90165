import { Money } from '@/components/locale/money';
import type { PostCardVariant } from '@/lib/catalog/post-card';

export function PriceRange({ variants }: { variants: PostCardVariant[] }) {
  const prices = variants.map((variant) => variant.priceMinor);
  const currency = variants[0]?.currency;
  if (!currency || prices.length === 0) return null;
  const low = Math.min(...prices);
  const high = Math.max(...prices);
  return (
    <span className="price">
      <Money amountMinor={low} currency={currency} />
      {high > low && (
        <>
          {' – '}
          <Money amountMinor={high} currency={currency} />
        </>
      )}
    </span>
  );
}
