// Shortening text for a card or a line: cut on a word boundary and say so with an ellipsis,
// never mid-word ("printed by ha") and never with a dangling separator ("organic c —").

const TRAILING_PUNCTUATION = /[\s,;:.!?\-–—/(&+]+$/u;

/** `text` with whitespace collapsed, at most `max` characters including the "…" it adds when cut. */
export function truncateWords(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const room = flat.slice(0, Math.max(1, max - 1));
  // The room ends on a whole word when the next character is a space.
  const lastSpace = flat[room.length] === ' ' ? room.length : room.lastIndexOf(' ');
  // One very long word (a URL, a hashtag) is cut hard rather than dropped entirely.
  const cut = lastSpace > max / 3 ? room.slice(0, lastSpace) : room;
  return `${cut.replace(TRAILING_PUNCTUATION, '')}…`;
}
