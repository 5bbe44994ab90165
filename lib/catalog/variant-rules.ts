// What makes a post's options valid, one rule for creating and editing a post: at least one, each
// with its own label, a price above zero and below the cap, and a whole stock within bounds.
import { DomainError } from '@/lib/errors';

export const MAX_PRICE_MINOR = 10_000_000; // 100,000.00 in a two-decimal currency: well above any post we sell.
export const MAX_STOCK = 100_000;

export interface VariantFields {
  label: string;
  priceMinor: number;
  stock: number;
}

export function checkVariants(list: VariantFields[]): void {
  if (list.length === 0) throw new DomainError('invalid_input', 'errors.post.needsVariant', 'variants');
  const labels = new Set<string>();
  list.forEach((variant, index) => {
    const key = variant.label.trim().toLowerCase();
    if (!key) throw new DomainError('invalid_input', 'errors.post.variantNeedsLabel', `variants.${index}.label`);
    if (labels.has(key)) throw new DomainError('invalid_input', 'errors.post.variantLabelTwice', `variants.${index}.label`, { params: { label: variant.label } });
    labels.add(key);
    if (!Number.isInteger(variant.priceMinor) || variant.priceMinor <= 0 || variant.priceMinor > MAX_PRICE_MINOR) {
      throw new DomainError('invalid_input', 'errors.post.priceRange', `variants.${index}.price`);
    }
    if (!Number.isInteger(variant.stock) || variant.stock < 0 || variant.stock > MAX_STOCK) {
      throw new DomainError('invalid_input', 'errors.post.stockRange', `variants.${index}.stock`);
    }
  });
}
