// "Sold out" answered from memory. When taking a single unit fails, this process remembers the
// variant as sold out for one second, so the flood of buyers behind it is refused without a write
// or a Stripe call. The second bounds how stale the answer can be: a unit released by an expiry or
// a decline in ANY process (or a restock) is offered again within it, with no cross-process signal
// needed; a release in this process forgets the flag at once. A buyer who already holds an open
// order for the variant is never turned away by the flag (startCheckout checks for it first).
const SOLD_OUT_FOR_MS = 1_000;

const soldOutAt = new Map<string, number>();

export function markSoldOut(variantId: string, now = Date.now()): void {
  soldOutAt.set(variantId, now);
}

export function forgetSoldOut(variantId: string): void {
  soldOutAt.delete(variantId);
}

export function knownSoldOut(variantId: string, now = Date.now()): boolean {
  const at = soldOutAt.get(variantId);
  if (at === undefined) return false;
  if (now - at < SOLD_OUT_FOR_MS) return true;
  soldOutAt.delete(variantId);
  return false;
}
