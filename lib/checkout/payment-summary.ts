import type Stripe from 'stripe';

const BRAND_NAMES: Record<string, string> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
  discover: 'Discover',
  jcb: 'JCB',
  unionpay: 'UnionPay',
  diners: 'Diners Club',
};

/** "Visa •••4242" from a card, as receipts show it; null for other payment methods. */
export function describeCard(card: { brand?: string | null; last4?: string | null } | null | undefined): string | null {
  if (!card?.last4) return null;
  const brand = card.brand ? (BRAND_NAMES[card.brand] ?? card.brand) : 'Card';
  return `${brand} •••${card.last4}`;
}

/** The card that paid a PaymentIntent retrieved with `expand: ['latest_charge', 'payment_method']`. */
export function describePaymentIntentCard(intent: Stripe.PaymentIntent): string | null {
  const charge = typeof intent.latest_charge === 'object' ? intent.latest_charge : null;
  const fromCharge = describeCard(charge?.payment_method_details?.card);
  if (fromCharge) return fromCharge;
  const method = typeof intent.payment_method === 'object' ? intent.payment_method : null;
  return describeCard(method?.card);
}
