// The script /p/[id]/draw publishes so anyone can recompute a draw with Node.js and nothing else.
// A test runs it against lib/draws/shuffle.ts, so the page can never drift from what the shop runs.
export function recomputeScript(seed: string, entryIds: readonly number[]): string {
  return `// node recompute.mjs — prints the entry numbers in the order units are offered
import { createHash, createHmac } from 'node:crypto';
const seed = '${seed}';
const commitment = createHash('sha256').update(seed, 'utf8').digest('hex');
const entries = [${entryIds.join(', ')}].sort((a, b) => a - b);
let counter = 0;
const uniform = (bound) => {
  const range = 2 ** 48, limit = range - (range % bound);
  for (;;) {
    const value = createHmac('sha256', seed).update(String(counter++)).digest().readUIntBE(0, 6);
    if (value < limit) return value % bound;
  }
};
for (let i = entries.length - 1; i > 0; i--) {
  const j = uniform(i + 1);
  [entries[i], entries[j]] = [entries[j], entries[i]];
}
console.log(JSON.stringify({ commitment, order: entries }));
`;
}
