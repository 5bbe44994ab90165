// Every system message and order card is stored as a key and its params, and worded here when it is
// read, in the reader's language (messages/<language>/inbox.json): a receipt reads in German for a
// German buyer and in French for the brand's French team, from the same row.
import { RESERVATION_MINUTES } from '@/lib/checkout/hold';
import { OFFER_MINUTES } from '@/lib/draws/rules';
import { declineMessageKey } from '@/lib/payments/decline-messages';
import type { SayMessage } from '@/lib/i18n/say';
import type { ModerationAction } from '@/db/schema';

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

/** What the moderation notices say (stored as params.notice; the admin's reason is theirs, as typed). */
export const MODERATION_NOTICES = ['postApproved', 'postHidden', 'postRestored', 'brandSuspended', 'suspensionLifted', 'brandTrusted', 'replyRemoved', 'messageRemoved'] as const;
export type ModerationNotice = (typeof MODERATION_NOTICES)[number];
/** What became of a report (stored as params.outcome). */
export const REPORT_OUTCOMES = ['hidden', 'suspended', 'removed', 'dismissed'] as const;
/** What a report can be about; the notice words it (admin.target.<type>) for its reader. */
const TARGET_TYPES = ['post', 'reply', 'brand', 'user', 'term', 'message'] as const satisfies readonly ModerationAction['targetType'][];
export type ReportOutcome = (typeof REPORT_OUTCOMES)[number];

export interface RenderedMessage {
  /** A card's heading ("Receipt", "Shipped"); null for a plain notice. */
  title: string | null;
  text: string;
  href: string | null;
}

/** The reader's words and their way of writing money. */
export interface Wording {
  say: SayMessage;
  money: (amountMinor: number, currency: string) => string;
}

const str = (params: MessageParams, name: string) => String(params[name] ?? '');
const num = (params: MessageParams, name: string) => Number(params[name] ?? 0);
const orderHref = (params: MessageParams) => (params.orderId ? `/orders/${str(params, 'orderId')}` : null);
const includes = <T extends string>(list: readonly T[], value: unknown): value is T => typeof value === 'string' && (list as readonly string[]).includes(value);

type Renderer = (params: MessageParams, side: Side, words: Wording & { item: string; amount: string }) => RenderedMessage;

/** "Ridge Tee — M ×1" (the item and quantity read the same in every language). */
function itemOf(params: MessageParams): string {
  return `${params.title ? `${str(params, 'title')} — ` : ''}${str(params, 'item')} ×${num(params, 'quantity')}`;
}

function charged({ say, item, amount }: Wording & { item: string; amount: string }, params: MessageParams): string {
  return params.card ? say('inbox.cards.charged', { item, amount, card: str(params, 'card') }) : say('inbox.cards.chargedNoCard', { item, amount });
}

/** Why a draw winner must pay by hand (their bank wants a confirmation, or the card was declined). */
function payNeededReason(say: SayMessage, params: MessageParams): string | null {
  if (params.code) return say(`payments.declines.${declineMessageKey({ type: 'card_error', code: str(params, 'code') })}`);
  // Cards written before reasons were stored as codes carry the English sentence.
  return params.reason ? str(params, 'reason') : null;
}

const CATALOG: Record<MessageKey, Renderer> = {
  'order.receipt': (p, side, w) => ({
    title: w.say(side === 'buyer' ? 'inbox.cards.receipt.buyerTitle' : 'inbox.cards.receipt.brandTitle'),
    text: [
      w.say('inbox.cards.itemAmount', { item: w.item, amount: w.amount }),
      p.card ? str(p, 'card') : null,
      side === 'brand' && p.buyerName ? w.say('inbox.cards.from', { name: str(p, 'buyerName') }) : null,
    ]
      .filter(Boolean)
      .join(' · '),
    href: orderHref(p),
  }),
  'order.authorized': (p, side, w) => ({
    title: w.say('inbox.cards.authorized.title'),
    text:
      side === 'brand'
        ? w.say('inbox.cards.authorized.brand', { item: w.item, amount: w.amount })
        : p.card
          ? w.say('inbox.cards.authorized.buyer', { item: w.item, amount: w.amount, card: str(p, 'card') })
          : w.say('inbox.cards.authorized.buyerNoCard', { item: w.item, amount: w.amount }),
    href: orderHref(p),
  }),
  'order.drop_captured': (p, _side, w) => ({ title: w.say('inbox.cards.dropCaptured.title'), text: charged(w, p), href: orderHref(p) }),
  'order.drop_released': (p, side, w) => ({
    title: w.say('inbox.cards.dropReleased.title'),
    text: w.say(side === 'buyer' ? 'inbox.cards.dropReleased.buyer' : 'inbox.cards.dropReleased.brand', { item: w.item, goal: num(p, 'goal') }),
    href: orderHref(p),
  }),
  'order.shipped': (p, _side, w) => ({
    title: w.say('inbox.cards.shipped.title'),
    text: w.say('inbox.cards.shipped.text', { item: w.item, tracking: str(p, 'tracking') }),
    href: orderHref(p),
  }),
  'order.refunded': (p, _side, w) => ({
    title: w.say(p.full ? 'inbox.cards.refunded.fullTitle' : 'inbox.cards.refunded.partTitle'),
    text: w.say('inbox.cards.refunded.text', { amount: w.amount, item: w.item }),
    href: orderHref(p),
  }),
  'order.late_refund': (p, _side, w) => ({ title: w.say('inbox.cards.lateRefund.title'), text: w.say('inbox.cards.lateRefund.text', { item: w.item }), href: orderHref(p) }),
  'order.waitlist_offer': (p, _side, w) => ({
    title: w.say('inbox.cards.waitlistOffer.title'),
    text: w.say('inbox.cards.waitlistOffer.text', { item: w.item, minutes: RESERVATION_MINUTES }),
    href: orderHref(p),
  }),
  'order.canceled_takedown': (p, _side, w) => ({
    title: w.say('inbox.cards.canceledTakedown.title'),
    text: w.say('inbox.cards.canceledTakedown.text', { item: str(p, 'item') }),
    href: orderHref(p),
  }),
  // Fair-launch draws (lib/draws): the winner's card, the 30 minutes to pay, and "not this time".
  'draw.won': (p, side, w) => ({
    title: w.say(side === 'buyer' ? 'inbox.cards.drawWon.buyerTitle' : 'inbox.cards.drawWon.brandTitle'),
    text: charged(w, p),
    href: orderHref(p),
  }),
  'draw.pay_needed': (p, _side, w) => ({
    title: w.say('inbox.cards.drawPayNeeded.title', { minutes: OFFER_MINUTES }),
    text: [`${w.say('inbox.cards.itemAmount', { item: w.item, amount: w.amount })}.`, payNeededReason(w.say, p), w.say('inbox.cards.drawPayNeeded.instruction')].filter(Boolean).join(' '),
    href: orderHref(p),
  }),
  'draw.lapsed': (p, _side, w) => ({ title: w.say('inbox.cards.drawLapsed.title'), text: w.say('inbox.cards.drawLapsed.text', { item: w.item, minutes: OFFER_MINUTES }), href: orderHref(p) }),
  'draw.lost': (p, _side, w) => ({
    title: w.say('inbox.cards.drawLost.title'),
    text: p.title ? w.say('inbox.cards.drawLost.text', { title: str(p, 'title') }) : w.say('inbox.cards.drawLost.textNoTitle'),
    href: p.postId ? `/p/${str(p, 'postId')}/draw` : null,
  }),
  'notice.moderation': (p, _side, w) => ({
    title: null,
    text: includes(MODERATION_NOTICES, p.notice) ? w.say(`inbox.notices.${p.notice}`, { reason: str(p, 'reason') }) : str(p, 'text'),
    href: (p.href as string | null) ?? null,
  }),
  'notice.report_outcome': (p, _side, w) => {
    // Older notices carry the target already worded in English, without its type.
    const target = includes(TARGET_TYPES, p.targetType) ? w.say(`admin.target.${p.targetType}`, { name: str(p, 'target') }) : str(p, 'target');
    return {
      title: null,
      text: includes(REPORT_OUTCOMES, p.outcome) ? w.say(`inbox.reportOutcome.${p.outcome}`, { target }) : w.say('inbox.reportOutcome.other', { target, outcome: str(p, 'outcome') }),
      href: null,
    };
  },
  'notice.legacy': (p) => ({ title: null, text: str(p, 'body'), href: (p.href as string | null) ?? null }),
};

export function isMessageKey(key: string): key is MessageKey {
  return (MESSAGE_KEYS as readonly string[]).includes(key);
}

/** The words of a system message for one side of the conversation, in the reader's language. */
export function renderMessage(key: string, params: MessageParams, side: Side, wording: Wording): RenderedMessage {
  if (!isMessageKey(key)) return { title: null, text: wording.say('inbox.cards.unknown'), href: null };
  const amount = wording.money(num(params, 'amountMinor'), str(params, 'currency') || 'USD');
  return CATALOG[key](params, side, { ...wording, item: itemOf(params), amount });
}
