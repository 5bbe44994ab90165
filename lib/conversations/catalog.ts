// Every system message and order card is stored as a key and its params, and worded here when it is
// read: the one place that knows the English (translation will key off the same names).
import { formatMoney } from '@/lib/money';

export type MessageParams = Record<string, string | number | boolean | null>;
export type Side = 'buyer' | 'brand';

export const MESSAGE_KEYS = [
  'order.receipt',
  'order.authorized',
  'order.drop_captured',
  'order.drop_released',
  'order.shipped',
  'order.refunded',
  'order.late_refund',
  'order.waitlist_offer',
  'order.canceled_takedown',
  'draw.won',
  'draw.pay_needed',
  'draw.lapsed',
  'draw.lost',
  'notice.moderation',
  'notice.report_outcome',
  'notice.legacy',
] as const;
export type MessageKey = (typeof MESSAGE_KEYS)[number];

export interface RenderedMessage {
  /** A card's heading ("Receipt", "Shipped"); null for a plain notice. */
  title: string | null;
  text: string;
  href: string | null;
}

const str = (params: MessageParams, name: string) => String(params[name] ?? '');
const num = (params: MessageParams, name: string) => Number(params[name] ?? 0);
const money = (params: MessageParams, name = 'amountMinor', locale?: string) => formatMoney(num(params, name), str(params, 'currency') || 'USD', locale);
const item = (params: MessageParams) => `${params.title ? `${str(params, 'title')} — ` : ''}${str(params, 'item')} ×${num(params, 'quantity')}`;
const orderHref = (params: MessageParams) => (params.orderId ? `/orders/${str(params, 'orderId')}` : null);

type Renderer = (params: MessageParams, side: Side, locale?: string) => RenderedMessage;

const CATALOG: Record<MessageKey, Renderer> = {
  'order.receipt': (p, side, locale) => ({
    title: side === 'buyer' ? 'Receipt' : 'New order',
    text: `${item(p)} · ${money(p, 'amountMinor', locale)}${p.card ? ` · ${str(p, 'card')}` : ''}${side === 'brand' && p.buyerName ? ` · from ${str(p, 'buyerName')}` : ''}`,
    href: orderHref(p),
  }),
  'order.authorized': (p, side, locale) => ({
    title: 'Card authorised',
    text:
      side === 'buyer'
        ? `${item(p)} · ${money(p, 'amountMinor', locale)} held on ${p.card ? str(p, 'card') : 'your card'}. You are charged only if the drop reaches its goal.`
        : `${item(p)} · ${money(p, 'amountMinor', locale)} authorised for the drop.`,
    href: orderHref(p),
  }),
  'order.drop_captured': (p, side, locale) => ({
    title: 'Drop succeeded',
    text: `${item(p)} · ${money(p, 'amountMinor', locale)} charged${p.card ? ` to ${str(p, 'card')}` : ''}.`,
    href: orderHref(p),
  }),
  'order.drop_released': (p, side) => ({
    title: 'Drop did not reach its goal',
    text: `${item(p)}: the drop needed ${num(p, 'goal')} orders, so the order was cancelled and ${side === 'buyer' ? 'your card was not charged' : 'the card was released'}.`,
    href: orderHref(p),
  }),
  'order.shipped': (p) => ({ title: 'Shipped', text: `${item(p)} is on its way. Tracking: ${str(p, 'tracking')}`, href: orderHref(p) }),
  'order.refunded': (p, _side, locale) => ({
    title: p.full ? 'Refunded in full' : 'Partly refunded',
    text: `${money(p, 'amountMinor', locale)} refunded for ${item(p)}.`,
    href: orderHref(p),
  }),
  'order.late_refund': (p) => ({
    title: 'Refunded',
    text: `The payment for ${item(p)} arrived after the reservation ended and it sold out, so it was refunded in full.`,
    href: orderHref(p),
  }),
  'order.waitlist_offer': (p) => ({
    title: 'Back in stock — held for you',
    text: `${item(p)} is held for you for 15 minutes. Pay now to get it.`,
    href: orderHref(p),
  }),
  'order.canceled_takedown': (p) => ({
    title: 'Checkout cancelled',
    text: `Your checkout for ${str(p, 'item')} was cancelled: the post is no longer for sale. You were not charged.`,
    href: orderHref(p),
  }),
  // Fair-launch draws (lib/draws): the winner's card, the 30 minutes to pay, and "not this time".
  'draw.won': (p, side, locale) => ({
    title: side === 'buyer' ? 'You won the draw' : 'Draw unit sold',
    text: `${item(p)} · ${money(p, 'amountMinor', locale)} charged${p.card ? ` to ${str(p, 'card')}` : ''}.`,
    href: orderHref(p),
  }),
  'draw.pay_needed': (p, _side, locale) => ({
    title: 'You won the draw — pay within 30 minutes',
    text: `${item(p)} · ${money(p, 'amountMinor', locale)}. ${p.reason ? `${str(p, 'reason')} ` : ''}Open the order and press Pay, or the unit goes to the next entrant.`,
    href: orderHref(p),
  }),
  'draw.lapsed': (p) => ({
    title: 'Draw unit passed on',
    text: `The 30 minutes to pay for ${item(p)} ran out, so it went to the next entrant. You were not charged.`,
    href: orderHref(p),
  }),
  'draw.lost': (p) => ({
    title: 'Not this time',
    text: `You were not picked in the draw for ${str(p, 'title') || 'this post'}. Your card was not charged. See how the draw was made.`,
    href: p.postId ? `/p/${str(p, 'postId')}/draw` : null,
  }),
  'notice.moderation': (p) => ({ title: null, text: str(p, 'text'), href: (p.href as string | null) ?? null }),
  'notice.report_outcome': (p) => ({ title: null, text: `Your report on ${str(p, 'target')}: ${str(p, 'outcome')}`, href: null }),
  'notice.legacy': (p) => ({ title: null, text: str(p, 'body'), href: (p.href as string | null) ?? null }),
};

export function isMessageKey(key: string): key is MessageKey {
  return (MESSAGE_KEYS as readonly string[]).includes(key);
}

/** The words of a system message for one side of the conversation. */
export function renderMessage(key: string, params: MessageParams, side: Side, locale?: string): RenderedMessage {
  if (!isMessageKey(key)) return { title: null, text: 'This message cannot be shown.', href: null };
  return CATALOG[key](params, side, locale);
}
