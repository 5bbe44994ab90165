// The words a buy reply is read with, per language: the tags that mean "buy" on a post that keeps the
// default tag, the words that announce a quantity (`qty 2`, `Anzahl 2`), the units that follow one
// (`2 Stück`, `2 pièces`, `2 pezzi`) and the words that say nothing about the order (`size`, `Größe`,
// `taille`, `taglia`, `please`, `bitte`…). Kept apart from the parser so its tests read the same lists.
// Words are stored folded (see foldWord): `Größe` is `grösse`, `Stück` is `stück`.

export type ReplyLanguage = 'en' | 'de' | 'fr' | 'it';

interface Vocabulary {
  /** Tags that mean "buy" when the post keeps the default `#buy`; a brand's own tag replaces them all. */
  tags: string[];
  /** Before a number: `qty 2`, `Menge: 2`, `qté 2`, `quantità 2`. */
  quantityWords: string[];
  /** After a number (or glued to it): `2 Stück`, `2stk`, `2 pièces`, `2 pezzi`. */
  units: string[];
  noise: string[];
}

export const VOCABULARY: Record<ReplyLanguage, Vocabulary> = {
  en: {
    tags: ['buy'],
    quantityWords: ['qty', 'quantity'],
    units: ['pcs', 'pc', 'pieces', 'piece'],
    noise: ['size', 'sz', 'color', 'colour', 'in', 'please', 'pls', 'plz', 'thanks', 'thank', 'you', 'thx'],
  },
  de: {
    tags: ['kaufen'],
    quantityWords: ['anzahl', 'menge'],
    units: ['stück', 'stk', 'stck'],
    noise: ['größe', 'gr', 'farbe', 'in', 'bitte', 'danke'],
  },
  fr: {
    tags: ['acheter'],
    quantityWords: ['quantité', 'qté'],
    units: ['pièces', 'pièce', 'pcs', 'exemplaires', 'exemplaire'],
    noise: ['taille', 'couleur', 'en', 'svp', 'merci'],
  },
  it: {
    tags: ['compra', 'comprare'],
    quantityWords: ['quantità', 'qtà'],
    units: ['pezzi', 'pezzo', 'pz'],
    noise: ['taglia', 'misura', 'colore', 'in', 'per', 'favore', 'grazie'],
  },
};

/**
 * A close stand-in for Unicode case folding, which JavaScript lacks: NFKC makes full-width and compatibility
 * forms plain; lower-upper-lower maps ẞ, ß and SS alike (upper-lower alone leaves ẞ as ß) and σ/ς alike.
 */
export function foldWord(s: string): string {
  return s.normalize('NFKC').toLowerCase().toUpperCase().toLowerCase().normalize('NFKC');
}

const every = (pick: (v: Vocabulary) => string[]) => new Set(Object.values(VOCABULARY).flatMap(pick).map(foldWord));

/** Replies are read with every language's words at once: a German shopper may write `#buy M 2 Stück`. */
export const DEFAULT_TAGS = every((v) => v.tags);
export const QUANTITY_WORDS = every((v) => v.quantityWords);
export const UNIT_WORDS = every((v) => v.units);
export const NOISE_WORDS = every((v) => v.noise);

/**
 * The tag to suggest to a reader: a post keeping the default `#buy` is shown with the reader's own
 * (`#kaufen` to a German reader), a brand's own tag as it is. Every one of them buys either way.
 */
export function replyTag(buyHashtag: string, locale: string): string {
  if (foldWord(buyHashtag) !== 'buy') return buyHashtag;
  const language = locale.split('-')[0]!.toLowerCase() as ReplyLanguage;
  return VOCABULARY[language]?.tags[0] ?? buyHashtag;
}
