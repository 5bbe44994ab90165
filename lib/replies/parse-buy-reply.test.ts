import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOISE_WORDS, QUANTITY_WORDS, UNIT_WORDS, VOCABULARY, replyTag, type ReplyLanguage } from './buy-reply-words';
import { normalizeHashtag, parseBuyReply, type BuyReplyContext, type BuyReplyParse, type BuyReplyVariant } from './parse-buy-reply';

const SIZES: BuyReplyVariant[] = [
  { id: 's', label: 'S' },
  { id: 'm', label: 'M' },
  { id: 'l', label: 'L' },
];
const MIXED: BuyReplyVariant[] = [
  { id: 'red-l', label: 'Red / L' },
  { id: 'blue', label: 'Blue mug' },
  { id: 'black', label: 'Black mug' },
  { id: 'g40', label: 'Größe 40' },
  { id: 'tokyo', label: '東京' },
];
const SHOES: BuyReplyVariant[] = [
  { id: 'eu40', label: '40' },
  { id: 'eu41', label: '41' },
  { id: 'eu42', label: '42' },
];
const SPECIALS: BuyReplyVariant[] = [
  { id: 'pack', label: 'Pack x2' },
  { id: 'size-m', label: 'Size M' },
  { id: 'mug2', label: 'Mug #2' },
  { id: 'no5', label: 'No. 5' },
];
const SINGLE: BuyReplyVariant[] = [{ id: 'only', label: 'One size' }];

const SIZE_LABELS = ['S', 'M', 'L'];
const MIXED_LABELS = MIXED.map((v) => v.label);
const SHOE_LABELS = ['40', '41', '42'];

function ctx(variants: BuyReplyVariant[], hashtag = 'buy', maxQuantity = 5): BuyReplyContext {
  return { hashtag, variants, maxQuantity };
}

const buy = (variantId: string, quantity = 1): BuyReplyParse => ({ kind: 'buy', variantId, quantity });

describe('parseBuyReply', () => {
  it.each<{ name: string; text: string; ctx: BuyReplyContext; expected: BuyReplyParse }>([
    // not buying
    { name: 'no hashtag', text: 'love this!', ctx: ctx(SIZES), expected: { kind: 'not_buying' } },
    { name: 'a longer tag is another tag', text: '#buying M', ctx: ctx(SIZES), expected: { kind: 'not_buying' } },
    { name: 'a tag with digits is another tag', text: '#buy2 M', ctx: ctx(SIZES), expected: { kind: 'not_buying' } },
    { name: 'a tag with underscore is another tag', text: '#buy_now M', ctx: ctx(SIZES), expected: { kind: 'not_buying' } },
    { name: 'a tag glued to a word is no tag', text: 'shop.com/abc#buy M', ctx: ctx(SIZES), expected: { kind: 'not_buying' } },
    { name: 'the word without #', text: 'buy M', ctx: ctx(SIZES), expected: { kind: 'not_buying' } },
    { name: 'default tag on a custom-tag post', text: '#buy M', ctx: ctx(SIZES, 'TeeDrop'), expected: { kind: 'not_buying' } },
    // buy
    { name: 'bare tag, single variant', text: '#buy', ctx: ctx(SINGLE), expected: buy('only') },
    { name: 'tag mid-sentence', text: 'love it! #buy M', ctx: ctx(SIZES), expected: buy('m') },
    { name: 'upper-case tag and lower-case label', text: '#BUY m', ctx: ctx(SIZES), expected: buy('m') },
    { name: 'noise words and x2', text: '#buy size m x2', ctx: ctx(SIZES), expected: buy('m', 2) },
    { name: '2x before a slash label', text: '#buy 2x Red / L', ctx: ctx(MIXED), expected: buy('red-l', 2) },
    { name: 'times sign after', text: '#buy L ×3', ctx: ctx(SIZES), expected: buy('l', 3) },
    { name: 'times sign glued after the number', text: '#buy 3× L', ctx: ctx(SIZES), expected: buy('l', 3) },
    { name: 'x with a space', text: '#buy M x 2', ctx: ctx(SIZES), expected: buy('m', 2) },
    { name: 'qty first', text: '#buy qty 2 M', ctx: ctx(SIZES), expected: buy('m', 2) },
    { name: 'qty with colon', text: '#buy L, qty: 3 please', ctx: ctx(SIZES), expected: buy('l', 3) },
    { name: 'glued qty', text: '#buy qty4 S', ctx: ctx(SIZES), expected: buy('s', 4) },
    { name: 'asterisk', text: '#buy m*2', ctx: ctx(SIZES), expected: buy('m', 2) },
    { name: 'spaced number x', text: '#buy 2 x L', ctx: ctx(SIZES), expected: buy('l', 2) },
    { name: 'slash spacing ignored', text: '#buy red/l', ctx: ctx(MIXED), expected: buy('red-l') },
    { name: 'comma instead of slash', text: '#buy Red, L', ctx: ctx(MIXED), expected: buy('red-l') },
    { name: 'unique prefix', text: '#buy Blu', ctx: ctx(MIXED), expected: buy('blue') },
    { name: 'accented label', text: '#buy Größe 40', ctx: ctx(MIXED), expected: buy('g40') },
    { name: 'ß folds to SS', text: '#buy GRÖSSE 40', ctx: ctx(MIXED), expected: buy('g40') },
    { name: 'capital ẞ folds like ß', text: '#buy GRÖẞE 40', ctx: ctx(MIXED), expected: buy('g40') },
    { name: 'non-Latin label with quantity', text: '#buy 東京 x2', ctx: ctx(MIXED), expected: buy('tokyo', 2) },
    { name: 'full-width input', text: '＃ｂｕｙ　Ｍ　ｘ２', ctx: ctx(SIZES), expected: buy('m', 2) },
    { name: 'trailing punctuation and emoji', text: '#buy M, please!! 😍🔥', ctx: ctx(SIZES), expected: buy('m') },
    { name: 'a later hashtag ends the order', text: '#buy M #ootd #love', ctx: ctx(SIZES), expected: buy('m') },
    { name: 'the line ends the order', text: 'omg\n#buy L\nship to Berlin?', ctx: ctx(SIZES), expected: buy('l') },
    { name: 'first buy tag counts', text: '#buy S #buy L', ctx: ctx(SIZES), expected: buy('s') },
    { name: 'other tags before are skipped', text: '#ootd #buying #buy L', ctx: ctx(SIZES), expected: buy('l') },
    { name: 'custom tag, any case', text: 'yes!! #teedrop L x2', ctx: ctx(SIZES, '#TeeDrop'), expected: buy('l', 2) },
    { name: 'non-Latin custom tag', text: '#東京セール 東京', ctx: ctx(MIXED, '東京セール'), expected: buy('tokyo') },
    { name: 'empty hashtag falls back to buy', text: '#Buy M', ctx: ctx(SIZES, ''), expected: buy('m') },
    { name: 'bare number is a label first', text: '#buy 40', ctx: ctx(SHOES), expected: buy('eu40') },
    { name: 'leading bare number before a label is a quantity', text: '#buy 2 M', ctx: ctx(SIZES), expected: buy('m', 2) },
    { name: 'trailing bare number after a label is a quantity', text: '#buy 40 2', ctx: ctx(SHOES), expected: buy('eu40', 2) },
    { name: 'bare number on a single-variant post is a quantity', text: '#buy 3', ctx: ctx(SINGLE), expected: buy('only', 3) },
    { name: 'quantity on a single-variant post', text: '#buy x2', ctx: ctx(SINGLE), expected: buy('only', 2) },
    { name: 'the whole spec matching a label wins', text: '#buy pack x2', ctx: ctx(SPECIALS), expected: buy('pack') },
    { name: 'noise word inside a label', text: '#buy size m', ctx: ctx(SPECIALS), expected: buy('size-m') },
    { name: 'label without its noise word', text: '#buy M', ctx: ctx(SPECIALS), expected: buy('size-m') },
    { name: '#2 is not a hashtag', text: '#buy Mug #2', ctx: ctx(SPECIALS), expected: buy('mug2') },
    { name: 'a full stop inside a label', text: '#buy No. 5', ctx: ctx(SPECIALS), expected: buy('no5') },
    { name: 'at the limit', text: '#buy M x5', ctx: ctx(SIZES), expected: buy('m', 5) },
    // needs_variant
    {
      name: 'no variant given',
      text: '#buy',
      ctx: ctx(SIZES),
      expected: { kind: 'needs_variant', quantity: 1, reason: 'missing', options: SIZE_LABELS },
    },
    {
      name: 'only a quantity given',
      text: '#buy x3 please',
      ctx: ctx(SIZES),
      expected: { kind: 'needs_variant', quantity: 3, reason: 'missing', options: SIZE_LABELS },
    },
    {
      name: 'ambiguous prefix lists the candidates',
      text: '#buy Bl x2',
      ctx: ctx(MIXED),
      expected: { kind: 'needs_variant', quantity: 2, reason: 'ambiguous', options: ['Blue mug', 'Black mug'], given: 'Bl' },
    },
    {
      name: 'unknown label',
      text: '#buy XXL x2 pls',
      ctx: ctx(SIZES),
      expected: { kind: 'needs_variant', quantity: 2, reason: 'unknown', options: SIZE_LABELS, given: 'XXL' },
    },
    {
      // Größe is a noise word (German for size): what is left is the size typed.
      name: 'unknown size after Größe names the size typed',
      text: '#buy Größe 41',
      ctx: ctx(MIXED),
      expected: { kind: 'needs_variant', quantity: 1, reason: 'unknown', options: MIXED_LABELS, given: '41' },
    },
    {
      name: 'unknown shoe size is not a quantity',
      text: '#buy 43',
      ctx: ctx(SHOES),
      expected: { kind: 'needs_variant', quantity: 1, reason: 'unknown', options: SHOE_LABELS, given: '43' },
    },
    {
      name: 'numbers never match by prefix',
      text: '#buy 4',
      ctx: ctx(SHOES),
      expected: { kind: 'needs_variant', quantity: 1, reason: 'unknown', options: SHOE_LABELS, given: '4' },
    },
    {
      name: 'bare number without a variant is not a quantity',
      text: '#buy 2',
      ctx: ctx(SIZES),
      expected: { kind: 'needs_variant', quantity: 1, reason: 'unknown', options: SIZE_LABELS, given: '2' },
    },
    {
      name: 'a bare number beside a mere prefix stays part of the variant',
      text: '#buy 2 blu',
      ctx: ctx(MIXED),
      expected: { kind: 'needs_variant', quantity: 1, reason: 'unknown', options: MIXED_LABELS, given: '2 blu' },
    },
    {
      name: 'duplicate labels are ambiguous',
      text: '#buy m',
      ctx: ctx([...SIZES, { id: 'm2', label: 'm' }]),
      expected: { kind: 'needs_variant', quantity: 1, reason: 'ambiguous', options: ['M', 'm'], given: 'm' },
    },
    {
      name: 'extra words make the variant unknown rather than guessed',
      text: '#buy M or L',
      ctx: ctx(SIZES),
      expected: { kind: 'needs_variant', quantity: 1, reason: 'unknown', options: SIZE_LABELS, given: 'M or L' },
    },
    {
      name: 'a post without variants',
      text: '#buy',
      ctx: ctx([]),
      expected: { kind: 'needs_variant', quantity: 1, reason: 'missing', options: [] },
    },
    // bad_quantity
    { name: 'zero', text: '#buy M x0', ctx: ctx(SIZES), expected: { kind: 'bad_quantity', requested: 0, max: 5, variantId: 'm' } },
    { name: 'negative after x', text: '#buy M x-2', ctx: ctx(SIZES), expected: { kind: 'bad_quantity', requested: -2, max: 5, variantId: 'm' } },
    { name: 'negative before x', text: '#buy -2x M', ctx: ctx(SIZES), expected: { kind: 'bad_quantity', requested: -2, max: 5, variantId: 'm' } },
    { name: 'over the limit', text: '#buy L x6', ctx: ctx(SIZES), expected: { kind: 'bad_quantity', requested: 6, max: 5, variantId: 'l' } },
    {
      name: 'over a limit of one',
      text: '#buy 2x',
      ctx: ctx(SINGLE, 'buy', 1),
      expected: { kind: 'bad_quantity', requested: 2, max: 1, variantId: 'only' },
    },
    {
      name: 'large but exact',
      text: '#buy M x99999999',
      ctx: ctx(SIZES),
      expected: { kind: 'bad_quantity', requested: 99999999, max: 5, variantId: 'm' },
    },
    {
      name: 'absurd number',
      text: '#buy M x99999999999999999999',
      ctx: ctx(SIZES),
      expected: { kind: 'bad_quantity', requested: null, max: 5, variantId: 'm' },
    },
    {
      name: 'absurd bare number on a single-variant post',
      text: '#buy 99999999999999999999',
      ctx: ctx(SINGLE),
      expected: { kind: 'bad_quantity', requested: null, max: 5, variantId: 'only' },
    },
    {
      name: 'conflicting quantities',
      text: '#buy x2 M x3',
      ctx: ctx(SIZES),
      expected: { kind: 'bad_quantity', requested: null, max: 5, variantId: 'm' },
    },
    {
      name: 'bad quantity comes before the variant question',
      text: '#buy XXL x9',
      ctx: ctx(SIZES),
      expected: { kind: 'bad_quantity', requested: 9, max: 5, variantId: null },
    },
  ])('$name: $text', ({ text, ctx, expected }) => {
    expect(parseBuyReply(text, ctx)).toEqual(expected);
  });
});

describe('normalizeHashtag', () => {
  it.each([
    ['#TeeDrop', 'TeeDrop'],
    ['  buy ', 'buy'],
    ['#größe_40', 'größe_40'],
    ['東京セール', '東京セール'],
    ['ＴｅｅＤｒｏｐ', 'TeeDrop'],
    ['a'.repeat(30), 'a'.repeat(30)],
    ['a'.repeat(31), ''],
    ['', ''],
    ['#', ''],
    ['##buy', ''],
    ['tee drop', ''],
    ['tee-drop', ''],
    ['2024', ''],
    ['_', ''],
    ['\uFE72\u2C00', ''], // NFKC turns U+FE72 into a space and a mark
  ])('%j → %j', (input, expected) => {
    expect(normalizeHashtag(input)).toBe(expected);
  });
});

// ---------------------------------------------------------------------------------------------------
// Properties

const KINDS = ['not_buying', 'buy', 'needs_variant', 'bad_quantity'];

/** Strings that reach the order-spec reader often, not just random noise. */
const replyText = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary' }),
      fc.constantFrom('#buy', '#BUY', '#TeeDrop', '#', ' ', '\n', 'x', '×', '*', 'qty', '-', '2', '0', '99999999999999999999', 'size', ' / ', 'M', 'ß', '東京'),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

const variants = fc.array(
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 6 }),
    label: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.constantFrom('S', 'M', 'L', 'Red / L', '40', 'x2', 'Größe 40', '東京', '')),
  }),
  { maxLength: 6 },
);

const hashtag = fc.oneof(fc.constantFrom('buy', '#buy', 'TeeDrop', '#東京', ''), fc.string({ maxLength: 8 }));
const maxQuantity = fc.integer({ min: 1, max: 1000 });

function checkInvariants(result: BuyReplyParse, context: BuyReplyContext): void {
  expect(KINDS).toContain(result.kind);
  const validQuantity = (q: number) => Number.isInteger(q) && q >= 1 && q <= context.maxQuantity;
  if (result.kind === 'buy') {
    expect(context.variants.map((v) => v.id)).toContain(result.variantId);
    expect(validQuantity(result.quantity)).toBe(true);
  } else if (result.kind === 'needs_variant') {
    expect(validQuantity(result.quantity)).toBe(true);
    const labels = context.variants.map((v) => v.label);
    for (const option of result.options) expect(labels).toContain(option);
  } else if (result.kind === 'bad_quantity') {
    expect(result.max).toBe(context.maxQuantity);
    if (result.requested !== null) expect(validQuantity(result.requested)).toBe(false);
    if (result.variantId !== null) expect(context.variants.map((v) => v.id)).toContain(result.variantId);
  }
}

// Mirrors the module's folding so generated labels can be kept distinct after normalization.
const fold = (s: string) => s.normalize('NFKC').toLowerCase().toUpperCase().toLowerCase().normalize('NFKC');
const labelKey = (label: string) => fold(label).replace(/[^\p{L}\p{M}\p{N}]/gu, '');

const LABEL_CHARS = [...'abekmorlxsöéßçıİ東京жΩ0129٣ﬁ'];
const word = fc.string({ unit: fc.constantFrom(...LABEL_CHARS), minLength: 1, maxLength: 6 });
const isReadingWord = (w: string) => [NOISE_WORDS, QUANTITY_WORDS, UNIT_WORDS].some((set) => set.has(fold(w)));
const label = fc
  .tuple(fc.array(word, { minLength: 1, maxLength: 3 }), fc.constantFrom(' ', ' / ', '/', '-', ', ', '  '))
  .filter(([words]) => !words.some(isReadingWord))
  .map(([words, separator]) => words.join(separator));
const distinctLabels = (chars = label) =>
  fc.uniqueArray(chars, { minLength: 1, maxLength: 6, selector: labelKey }).map((labels) => labels.map((l, i) => ({ id: `v${i}`, label: l })));

const TAG_CHARS = [...'buyBUYteedropTEEDROPßẞöÖéÉσςΣжЖ東京_1'];
const tagBody = fc.string({ unit: fc.constantFrom(...TAG_CHARS), minLength: 1, maxLength: 10 }).filter((t) => /\p{L}/u.test(t));

describe('parseBuyReply properties', () => {
  it('never throws and keeps every outcome within the context', () => {
    fc.assert(
      fc.property(replyText, variants, hashtag, maxQuantity, (text, vs, tag, max) => {
        const context = ctx(vs, tag, max);
        checkInvariants(parseBuyReply(text, context), context);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a reply without a hash sign (of any width) as not buying', () => {
    fc.assert(
      fc.property(replyText.map((t) => t.replace(/[#＃﹟]/g, '')), variants, hashtag, maxQuantity, (text, vs, tag, max) => {
        expect(parseBuyReply(text, ctx(vs, tag, max))).toEqual({ kind: 'not_buying' });
      }),
      { numRuns: 1000 },
    );
  });

  it('resolves "#<tag> <exact label>" to that label', () => {
    fc.assert(
      fc.property(distinctLabels(), fc.nat(), tagBody, fc.string({ unit: 'grapheme', maxLength: 10 }), (vs, pick, tag, before) => {
        const chosen = vs[pick % vs.length]!;
        const text = `${before.replace(/#/g, '')} #${tag} ${chosen.label}`;
        expect(parseBuyReply(text, ctx(vs, tag))).toEqual(buy(chosen.id));
      }),
      { numRuns: 1000 },
    );
  });

  it('reads "#<tag> <label> x<n>" as n of that label, in either order', () => {
    const plainLabel = label.filter((l) => !/[x0-9٣]/iu.test(fold(l)));
    fc.assert(
      fc.property(distinctLabels(plainLabel), fc.nat(), fc.integer({ min: 1, max: 50 }), fc.boolean(), (vs, pick, n, before) => {
        const chosen = vs[pick % vs.length]!;
        const text = before ? `#buy ${n}x ${chosen.label}` : `#buy ${chosen.label} x${n}`;
        const expected: BuyReplyParse = n <= 20 ? buy(chosen.id, n) : { kind: 'bad_quantity', requested: n, max: 20, variantId: chosen.id };
        expect(parseBuyReply(text, ctx(vs, 'buy', 20))).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('matches any hashtag the composer accepts, typed in any case', () => {
    const stored = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }).map(normalizeHashtag).filter((t) => t !== '');
    fc.assert(
      fc.property(stored, (tag) => {
        for (const typed of [tag, tag.toUpperCase(), tag.toLowerCase()]) {
          expect(parseBuyReply(`ok #${typed} M x2`, ctx(SIZES, tag))).toEqual(buy('m', 2));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('ignores the case of the hashtag, in the post and in the reply', () => {
    fc.assert(
      fc.property(tagBody, replyText, fc.string({ unit: 'grapheme', maxLength: 12 }), variants, maxQuantity, (tag, before, after, vs, max) => {
        const reference = parseBuyReply(`${before} #${tag} ${after}`, ctx(vs, tag, max));
        for (const postTag of [tag.toUpperCase(), tag.toLowerCase(), `#${tag.toUpperCase()}`]) {
          expect(parseBuyReply(`${before} #${tag} ${after}`, ctx(vs, postTag, max))).toEqual(reference);
        }
        for (const replyTag of [tag.toUpperCase(), tag.toLowerCase()]) {
          expect(parseBuyReply(`${before} #${replyTag} ${after}`, ctx(vs, tag, max))).toEqual(reference);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('buying by reply in German, French and Italian', () => {
  it.each<{ name: string; text: string; ctx: BuyReplyContext; expected: BuyReplyParse }>([
    { name: 'German tag, option and pieces', text: '#kaufen M 2 Stück', ctx: ctx(SIZES), expected: buy('m', 2) },
    { name: 'German size word and glued pieces', text: 'Super! #Kaufen Größe L 3stk bitte', ctx: ctx(SIZES), expected: buy('l', 3) },
    { name: 'German quantity word', text: '#kaufen Anzahl: 2 S', ctx: ctx(SIZES), expected: buy('s', 2) },
    { name: 'French tag, taille and x2', text: '#acheter taille M x2', ctx: ctx(SIZES), expected: buy('m', 2) },
    { name: 'French pieces and svp', text: "#acheter 2 pièces L svp", ctx: ctx(SIZES), expected: buy('l', 2) },
    { name: 'French quantity word', text: '#ACHETER qté 3 S merci', ctx: ctx(SIZES), expected: buy('s', 3) },
    { name: 'Italian compra with pezzi before the option', text: '#compra 2 pezzi L', ctx: ctx(SIZES), expected: buy('l', 2) },
    { name: 'Italian comprare, taglia and ×2', text: '#comprare taglia M ×2 per favore', ctx: ctx(SIZES), expected: buy('m', 2) },
    { name: 'Italian glued pz', text: '#compra S 4pz grazie', ctx: ctx(SIZES), expected: buy('s', 4) },
    { name: 'x with a space after a German tag', text: '#kaufen M x 2', ctx: ctx(SIZES), expected: buy('m', 2) },
    { name: '2x before the option after a French tag', text: '#acheter 2x Red / L', ctx: ctx(MIXED), expected: buy('red-l', 2) },
    { name: 'the first buy tag in any language counts', text: '#acheter S #kaufen L', ctx: ctx(SIZES), expected: buy('s') },
    { name: 'a longer word is another tag', text: '#kaufenswert M', ctx: ctx(SIZES), expected: { kind: 'not_buying' } },
    // A brand's own tag still wins: the localized defaults do not buy on its post.
    { name: 'German default on a custom-tag post', text: '#kaufen M', ctx: ctx(SIZES, 'TeeDrop'), expected: { kind: 'not_buying' } },
    { name: 'the brand tag after a localized one', text: '#compra M #teedrop L 2 pezzi', ctx: ctx(SIZES, 'TeeDrop'), expected: buy('l', 2) },
    { name: 'a pieces word alone is no option', text: '#kaufen Stück', ctx: ctx(SIZES), expected: { kind: 'needs_variant', quantity: 1, reason: 'missing', options: SIZE_LABELS } },
    { name: 'a label holding a local size word stays reachable', text: '#acheter M', ctx: ctx([{ id: 'tm', label: 'Taille M' }, { id: 'tl', label: 'Taille L' }]), expected: buy('tm') },
    { name: 'quantity over the limit in Italian', text: '#compra M 9 pezzi', ctx: ctx(SIZES), expected: { kind: 'bad_quantity', requested: 9, max: 5, variantId: 'm' } },
  ])('$name: $text', ({ text, ctx, expected }) => {
    expect(parseBuyReply(text, ctx)).toEqual(expected);
  });

  const languages = Object.keys(VOCABULARY) as ReplyLanguage[];
  // Labels free of digits and of x, so a generated label never reads as a quantity.
  const plainLabel = label.filter((l) => !/[x0-9٣]/iu.test(fold(l)));
  const spaced = (w: string) => fc.constantFrom(w, w.toUpperCase(), `${w[0]!.toUpperCase()}${w.slice(1)}`);

  for (const language of languages) {
    const words = VOCABULARY[language];
    describe(`in ${language}`, () => {
      it('reads "#<tag> <label> <n> <unit>" and "#<tag> <n> <unit> <label>" as n of that label', () => {
        fc.assert(
          fc.property(
            distinctLabels(plainLabel), fc.nat(), fc.integer({ min: 1, max: 30 }), fc.constantFrom(...words.tags).chain(spaced), fc.constantFrom(...words.units), fc.boolean(), fc.boolean(),
            (vs, pick, n, tag, unit, before, glued) => {
              const chosen = vs[pick % vs.length]!;
              const quantity = glued ? `${n}${unit}` : `${n} ${unit}`;
              const text = before ? `#${tag} ${quantity} ${chosen.label}` : `#${tag} ${chosen.label} ${quantity}`;
              const expected: BuyReplyParse = n <= 20 ? buy(chosen.id, n) : { kind: 'bad_quantity', requested: n, max: 20, variantId: chosen.id };
              expect(parseBuyReply(text, ctx(vs, 'buy', 20))).toEqual(expected);
            },
          ),
          { numRuns: 300 },
        );
      });

      it('reads a quantity word before the number and ignores the noise words around the label', () => {
        fc.assert(
          fc.property(
            distinctLabels(plainLabel), fc.nat(), fc.integer({ min: 1, max: 20 }), fc.constantFrom(...words.tags), fc.constantFrom(...words.quantityWords), fc.constantFrom(...words.noise), fc.constantFrom(...words.noise),
            (vs, pick, n, tag, quantityWord, lead, trail) => {
              const chosen = vs[pick % vs.length]!;
              expect(parseBuyReply(`#${tag} ${lead} ${chosen.label} ${quantityWord}: ${n} ${trail}`, ctx(vs, 'buy', 20))).toEqual(buy(chosen.id, n));
            },
          ),
          { numRuns: 300 },
        );
      });

      it('reads the same as #buy on a post with the default tag, and not at all on a post with its own tag', () => {
        fc.assert(
          fc.property(fc.constantFrom(...words.tags), replyText.map((t) => t.replace(/#/g, '')), variants, maxQuantity, tagBody, (tag, spec, vs, max, own) => {
            expect(parseBuyReply(`#${tag} ${spec}`, ctx(vs, 'buy', max))).toEqual(parseBuyReply(`#buy ${spec}`, ctx(vs, 'buy', max)));
            const ownKey = fold(own);
            if (ownKey !== 'buy' && !VOCABULARY[language].tags.includes(ownKey)) {
              expect(parseBuyReply(`#${tag} ${spec}`, ctx(vs, own, max))).toEqual({ kind: 'not_buying' });
            }
          }),
          { numRuns: 500 },
        );
      });
    });
  }
});

describe('replyTag', () => {
  it("suggests the reader's own tag on a post with the default tag, and a brand's tag as it is", () => {
    expect(replyTag('buy', 'de-DE')).toBe('kaufen');
    expect(replyTag('Buy', 'fr-CH')).toBe('acheter');
    expect(replyTag('buy', 'it')).toBe('compra');
    expect(replyTag('buy', 'en-US')).toBe('buy');
    expect(replyTag('buy', 'es-ES')).toBe('buy');
    expect(replyTag('TeeDrop', 'de-DE')).toBe('TeeDrop');
  });

  it('every suggested tag buys on a post with the default tag', () => {
    for (const locale of ['en', 'de', 'fr', 'it']) {
      expect(parseBuyReply(`#${replyTag('buy', locale)} M`, ctx(SIZES))).toEqual(buy('m'));
    }
  });
});
