import { formatMoney } from '@/lib/money';
import type { PostCardVariant } from '@/lib/catalog/post-card';

export function PriceRange({ variants }: { variants: PostCardVariant[] }) {
  const prices = variants.map((variant) => variant.priceMinor);
  const currency = variants[0]?.currency;
  if (!currency || prices.length === 0) return null;
  const low = Math.min(...prices);
  const high = Math.max(...prices);
  return (
    <span className="price">
      {formatMoney(low, currency)}
      {high > low && ` – ${formatMoney(high, currency)}`}
    </span>
  );
}
