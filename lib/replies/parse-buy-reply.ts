// Reads a follower's reply ("love it! #buy M x2") as an order for the post it answers. Pure and total:
// replies are untrusted text, so every input maps to one of four outcomes and nothing throws.
//
// Reading rules, in order (label-first, because a wrong purchase costs more than a follow-up question):
//  1. The post's buy tag must appear as a whole tag (`#buy`, not `#buying`/`#buy2`/`a#buy`); the first
//     occurrence counts. Its order spec is the rest of that line, up to the next hashtag (`#2` is not one).
//     A post that keeps the default tag also answers to `#kaufen`, `#acheter`, `#compra` and `#comprare`;
//     a brand's own tag (`#TeeDrop`) is the only one its post answers to (buy-reply-words.ts).
//  2. The whole spec matching a label wins, so labels like `Pack x2` or `Size M` stay reachable.
//  3. Otherwise quantities (`x2`, `2x`, `x 2`, `×3`, `3×`, `*2`, `m*2`, `qty 2`, `qty: 2`, `qty2`, and in
//     any of the four languages `Anzahl 2`, `2 Stück`, `2stk`, `qté 2`, `2 pièces`, `2 pezzi`) and noise
//     words (`size`, `please`, `Größe`, `bitte`, `taille`, `svp`, `taglia`, `per favore`, …) are taken out
//     and the remaining words name the variant: exactly, then by a unique prefix. Numbers never match by
//     prefix (`#buy 4` is not size 40).
//  4. A bare number is a variant word (`#buy 40` is shoe size 40). It becomes the quantity only when it
//     leads or ends the spec and the words beside it name a variant exactly (`#buy 2 M`, `#buy 40 2`), or
//     the post has a single variant (`#buy 2`); a prefix is not enough (`#buy Größe 41` is no size 40).
//  5. A bad quantity is reported before a variant question: needs_variant always carries a valid quantity.
// Matching folds case (ß = SS), NFKC (full-width ＃ｂｕｙ　Ｍ), punctuation and spacing (`red/l` = `Red / L`).

import { DEFAULT_TAGS, NOISE_WORDS, QUANTITY_WORDS, UNIT_WORDS, foldWord } from './buy-reply-words';

export interface BuyReplyVariant {
  id: string;
  label: string;
}

export interface BuyReplyContext {
  /** The post's buy hashtag, with or without '#'; empty or malformed falls back to `buy`. */
  hashtag: string;
  variants: BuyReplyVariant[];
  /** Per-order limit, ≥ 1. */
  maxQuantity: number;
}

export type BuyReplyParse =
  | { kind: 'not_buying' }
  | { kind: 'buy'; variantId: string; quantity: number }
  /** options: every label for missing/unknown, only the candidates for ambiguous; in the post's order. */
  | { kind: 'needs_variant'; quantity: number; options: string[]; reason: 'missing' | 'ambiguous' | 'unknown'; given?: string }
  /** requested is null when it cannot be read: conflicting quantities (`x2 x3`) or beyond a safe integer. */
  | { kind: 'bad_quantity'; requested: number | null; max: number; variantId: string | null };

const DEFAULT_HASHTAG = 'buy';
const MAX_HASHTAG_LENGTH = 30;
const TAG_BODY = /^[\p{L}\p{M}\p{N}_]+$/u;
// A hashtag is not glued to a preceding word, so `shop.com/a#buy` or `abc#buy` is not an order.
const HASHTAG = /(?<![\p{L}\p{M}\p{N}_])#([\p{L}\p{M}\p{N}_]+)/gu;
// Like most networks, a tag needs a letter: `Mug #2` in a reply is a label, not the next hashtag.
const NEXT_HASHTAG = /(?<![\p{L}\p{M}\p{N}_])#[\p{M}\p{N}_]*\p{L}/u;
const LINE_BREAK = /\r\n|[\n\r\u0085\u2028\u2029]/u;
// A sign is kept with a word so `x -2` and `-2x` read as -2 rather than 2.
const TOKEN = /([-\u2212]?)([\p{L}\p{M}\p{N}]+)|[×*]/gu;
const DIGITS = /^[0-9]+$/;
// Symbols that only ever mean "times"; the letter x may also be part of a label (`Size X`).
const MARKS = new Set(['×', '*']);

/**
 * Validates and normalizes a post's buy hashtag as typed in the composer: one leading '#' and outer
 * spaces dropped, NFKC (full-width becomes ASCII), case kept for display. Valid: 1–30 letters (any
 * script), combining marks, digits or '_', with at least one letter, since `#1` or `#2024` would turn
 * ordinary replies into orders. Returns '' when invalid.
 */
export function normalizeHashtag(tag: string): string {
  const body = stripHash(tag);
  const valid = TAG_BODY.test(body) && /\p{L}/u.test(body) && [...body].length <= MAX_HASHTAG_LENGTH;
  return valid ? body : '';
}

export function parseBuyReply(text: string, ctx: BuyReplyContext): BuyReplyParse {
  // Guards for callers outside the type system (webhook payloads, plain JS): nothing here may throw.
  const { hashtag, variants, maxQuantity } = ctx ?? ({} as Partial<BuyReplyContext>);
  const spec = findOrderSpec(typeof text === 'string' ? text : '', buyTagKeys(hashtag ?? ''));
  if (spec === null) return { kind: 'not_buying' };

  const limit = Math.floor(Number(maxQuantity));
  const max = limit >= 1 ? limit : 1;
  const labels = (Array.isArray(variants) ? variants : []).filter((v) => typeof v === 'object' && v !== null).map(toLabel);
  const tokens = tokenize(spec);

  const whole = matchKey(keyOf(tokens), labels, false);
  if (whole.kind === 'one') return { kind: 'buy', variantId: whole.label.variant.id, quantity: 1 };

  const { words, quantities } = takeQuantities(tokens);
  let quantity: number | null = 1;
  if (quantities.length > 0) quantity = quantities.every((q) => q === quantities[0]) ? quantities[0]! : null;

  let used = words;
  let pick = pickVariant(words, labels, true);
  if (pick.kind !== 'one' && quantities.length === 0) {
    for (const [number, rest] of bareNumberReadings(words)) {
      const other = pickVariant(rest, labels, false);
      if (other.kind === 'one' || other.kind === 'many') {
        pick = other;
        used = rest;
        quantity = toCount(number.word, number.negative);
        break;
      }
    }
  }

  if (quantity === null || quantity < 1 || quantity > max) {
    return { kind: 'bad_quantity', requested: quantity, max, variantId: pick.kind === 'one' ? pick.label.variant.id : null };
  }
  const given = used.length > 0 ? spec.slice(used[0]!.start, used[used.length - 1]!.end) : undefined;
  switch (pick.kind) {
    case 'one':
      return { kind: 'buy', variantId: pick.label.variant.id, quantity };
    case 'many':
      return { kind: 'needs_variant', quantity, reason: 'ambiguous', options: pick.labels.map((l) => l.text), given };
    case 'missing':
      return { kind: 'needs_variant', quantity, reason: 'missing', options: labels.map((l) => l.text) };
    case 'none':
      return { kind: 'needs_variant', quantity, reason: 'unknown', options: labels.map((l) => l.text), given };
  }
}

interface Token {
  /** Folded, without its sign. */
  word: string;
  negative: boolean;
  start: number;
  end: number;
}

interface Label {
  variant: BuyReplyVariant;
  text: string;
  full: string;
  core: string;
}

type Pick =
  | { kind: 'one'; label: Label }
  | { kind: 'many'; labels: Label[] }
  | { kind: 'missing' }
  | { kind: 'none' };

const fold = foldWord;

/** Quantity words and units standing alone say nothing about the option either. */
function isNoise(word: string): boolean {
  return NOISE_WORDS.has(word) || QUANTITY_WORDS.has(word) || UNIT_WORDS.has(word);
}

function stripHash(tag: string): string {
  // Trim before NFKC: some compatibility forms decompose to a space plus a mark, which must stay invalid.
  return String(tag ?? '').trim().normalize('NFKC').replace(/^#/, '');
}

/** The folded tags a post answers to: its own, or for the default `#buy` the tag in every language. */
function buyTagKeys(hashtag: string): Set<string> {
  const body = stripHash(hashtag);
  // No length limit here: a tag stored before a rule change must keep working.
  const key = fold(TAG_BODY.test(body) ? body : DEFAULT_HASHTAG);
  return key === DEFAULT_HASHTAG ? DEFAULT_TAGS : new Set([key]);
}

function findOrderSpec(text: string, tagKeys: Set<string>): string | null {
  const normalized = text.normalize('NFKC');
  for (const match of normalized.matchAll(HASHTAG)) {
    if (!tagKeys.has(fold(match[1]!))) continue;
    const line = normalized.slice(match.index + match[0].length).split(LINE_BREAK, 1)[0]!;
    const next = line.search(NEXT_HASHTAG);
    return next === -1 ? line : line.slice(0, next);
  }
  return null;
}

function tokenize(s: string): Token[] {
  return [...s.matchAll(TOKEN)].map((m) => ({
    word: fold(m[2] ?? m[0]),
    negative: m[1] !== undefined && m[1] !== '',
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** Punctuation, marks and spacing never matter: `Red / L`, `red/l` and `Red, L` share a key. */
function keyOf(tokens: Token[]): string {
  return tokens.filter((t) => !MARKS.has(t.word)).map((t) => t.word).join('');
}

function toLabel(variant: BuyReplyVariant): Label {
  const text = String(variant.label ?? '');
  const tokens = tokenize(text.normalize('NFKC'));
  return { variant, text, full: keyOf(tokens), core: keyOf(tokens.filter((t) => !isNoise(t.word))) };
}

function isNumber(t: Token | undefined): t is Token {
  return t !== undefined && DIGITS.test(t.word);
}

/** null when the digits are beyond a safe integer: such a request cannot be echoed back faithfully. */
function toCount(digits: string, negative: boolean): number | null {
  const n = Number(digits);
  if (!Number.isSafeInteger(n)) return null;
  return negative && n !== 0 ? -n : n;
}

function takeQuantities(tokens: Token[]): { words: Token[]; quantities: (number | null)[] } {
  const words: Token[] = [];
  const quantities: (number | null)[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const times = t.word === 'x' || MARKS.has(t.word);
    const prefixed = /^(\p{L}+)([0-9]+)$/u.exec(t.word); // x2, qty2, qté2
    const suffixed = /^([0-9]+)(\p{L}+)$/u.exec(t.word); // 2x, -2x, 2stk, 2pz
    if (prefixed && (prefixed[1] === 'x' || QUANTITY_WORDS.has(prefixed[1]!))) quantities.push(toCount(prefixed[2]!, false));
    else if (suffixed && (suffixed[2] === 'x' || UNIT_WORDS.has(suffixed[2]!))) quantities.push(toCount(suffixed[1]!, t.negative));
    else if ((times || QUANTITY_WORDS.has(t.word)) && isNumber(next)) {
      quantities.push(toCount(next.word, next.negative)); // x 2, × 3, *2, qty 2, Anzahl 2
      i++;
    } else if (isNumber(t) && (next?.word === 'x' || MARKS.has(next?.word ?? '') || UNIT_WORDS.has(next?.word ?? ''))) {
      quantities.push(toCount(t.word, t.negative)); // 3×, 2 x, 2*, 2 Stück, 2 pièces, 2 pezzi
      i++;
    } else if (!isNoise(t.word) && !MARKS.has(t.word)) words.push(t);
  }
  return { words, quantities };
}

function bareNumberReadings(words: Token[]): [Token, Token[]][] {
  const readings: [Token, Token[]][] = [];
  if (isNumber(words[0])) readings.push([words[0], words.slice(1)]);
  if (words.length > 1 && isNumber(words[words.length - 1])) readings.push([words[words.length - 1]!, words.slice(0, -1)]);
  return readings;
}

function pickVariant(words: Token[], labels: Label[], allowPrefix: boolean): Pick {
  const key = keyOf(words);
  if (key === '') return labels.length === 1 ? { kind: 'one', label: labels[0]! } : { kind: 'missing' };
  const exact = matchKey(key, labels, false);
  if (exact.kind !== 'none' || !allowPrefix || DIGITS.test(key)) return exact;
  return matchKey(key, labels, true);
}

function matchKey(key: string, labels: Label[], byPrefix: boolean): Pick {
  if (key === '') return { kind: 'none' };
  const hits = labels.filter((l) =>
    byPrefix
      ? (l.core !== '' && l.core.startsWith(key)) || (l.full !== '' && l.full.startsWith(key))
      : l.core === key || l.full === key,
  );
  if (hits.length === 1) return { kind: 'one', label: hits[0]! };
  return hits.length > 1 ? { kind: 'many', labels: hits } : { kind: 'none' };
}
