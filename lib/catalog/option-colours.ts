// Which options are colours, so a post can offer round swatches instead of chips. Variants carry
// only a label, so a label is a colour when it names one of the colours below (in the languages
// the shop speaks), alone ("Sand") or after an option name ("Colour: Sand", "Farbe: Schwarz").
// The table is kept small and explicit on purpose: a name it does not know stays a chip, never a
// guessed colour.

/** Each swatch fill with the names it goes by (lower case, as written in en/de/fr/it). */
const COLOURS: [hex: string, names: string[]][] = [
  ['#111111', ['black', 'schwarz', 'noir', 'nero']],
  ['#ffffff', ['white', 'weiß', 'weiss', 'blanc', 'bianco']],
  ['#f4efe4', ['off-white', 'ecru', 'écru', 'ivory', 'elfenbein', 'ivoire', 'avorio']],
  ['#efe3c8', ['cream', 'creme', 'crème', 'crema']],
  ['#d9c4a0', ['sand', 'sable', 'sabbia']],
  ['#d8c3a5', ['beige']],
  ['#b39266', ['tan', 'camel', 'cammello']],
  ['#8a8d8f', ['grey', 'gray', 'grau', 'gris', 'grigio']],
  ['#3b3f42', ['charcoal', 'anthracite', 'anthrazit', 'antracite']],
  ['#1f2a44', ['navy', 'marine', 'bleu marine', 'blu navy']],
  ['#2f5fb3', ['blue', 'blau', 'bleu', 'blu']],
  ['#8ab8e0', ['sky', 'sky blue', 'hellblau', 'bleu ciel', 'azzurro']],
  ['#2f7f7a', ['teal', 'petrol', 'pétrole', 'petrolio']],
  ['#2e6b3a', ['green', 'grün', 'gruen', 'vert', 'verde']],
  ['#28482f', ['forest', 'forest green', 'tannengrün', 'vert forêt', 'verde bosco']],
  ['#6b7039', ['olive', 'oliv', 'oliva']],
  ['#9caf88', ['sage', 'salbei', 'sauge', 'salvia']],
  ['#8d8650', ['khaki', 'kaki', 'cachi']],
  ['#c0392b', ['red', 'rot', 'rouge', 'rosso']],
  ['#6d1f2f', ['burgundy', 'bordeaux', 'bordeaux red', 'bordò']],
  ['#f2a7b8', ['pink', 'rosa', 'rose']],
  ['#e67e22', ['orange', 'arancione']],
  ['#b7472a', ['rust', 'rost', 'rouille', 'ruggine']],
  ['#f1c40f', ['yellow', 'gelb', 'jaune', 'giallo']],
  ['#d4a017', ['mustard', 'senf', 'moutarde', 'senape']],
  ['#6f4e37', ['brown', 'braun', 'marron', 'marrone']],
  ['#7d4ea3', ['purple', 'violet', 'lila', 'violett', 'viola']],
  ['#c8a2c8', ['lilac', 'flieder', 'lilas', 'lilla']],
  ['#c9a74a', ['gold', 'oro']],
  ['#c0c4c8', ['silver', 'silber', 'argent', 'argento']],
];

const COLOUR_NAMES = new Map(COLOURS.flatMap(([hex, names]) => names.map((name) => [name, hex] as const)));

// "Colour: Black", "Farbe - Schwarz", "Couleur : noir": the option's name, then the value.
const OPTION_NAMED_COLOUR = /^(?:colou?r|farbe|couleur|colore)\s*[:\-–—]\s*(.+)$/iu;

export interface OptionColour {
  /** The colour's name as the brand wrote it, without an option name in front. */
  name: string;
  /** The swatch's fill, a CSS hex colour. */
  hex: string;
}

/** The colour a variant's label names, or null when it is not one (a size, an unknown name). */
export function optionColour(label: string): OptionColour | null {
  const flat = label.replace(/\s+/g, ' ').trim();
  const name = OPTION_NAMED_COLOUR.exec(flat)?.[1]?.trim() ?? flat;
  const hex = COLOUR_NAMES.get(name.toLocaleLowerCase());
  return hex ? { name, hex } : null;
}

/**
 * The swatches for a post's options, in their order, when every option is a known colour; null
 * otherwise, so one post never mixes swatches and chips.
 */
export function optionColours(labels: readonly string[]): OptionColour[] | null {
  if (labels.length === 0) return null;
  const colours = labels.map(optionColour);
  return colours.every((colour) => colour !== null) ? (colours as OptionColour[]) : null;
}
