// The draw math: a known seed gives a known order, the published script agrees, and the shuffle is
// uniform (chi-square over many seeds; seeds are derived, so the test is deterministic).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { recomputeScript } from './recompute-script';
import { commitmentOf, shuffleEntries, uniformSource } from './shuffle';

const SEED = '5f1c0ffee0ddba11c0de5eed000000000000000000000000000000000000beef';
const seedNumber = (i: number) => createHash('sha256').update(`uniformity-${i}`).digest('hex');

describe('shuffleEntries', () => {
  it('gives a known order for a known seed, whatever order the entries arrive in', () => {
    const entries = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const order = shuffleEntries(SEED, entries);
    expect(order).toEqual(KNOWN_ORDER);
    expect(shuffleEntries(SEED, [...entries].reverse())).toEqual(KNOWN_ORDER);
    expect([...order].sort((a, b) => a - b)).toEqual(entries);
    expect(commitmentOf(SEED)).toBe(createHash('sha256').update(SEED).digest('hex'));
  });

  it('differs with another seed, and handles no entries and one entry', () => {
    expect(shuffleEntries(`${SEED.slice(0, -1)}0`, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).not.toEqual(KNOWN_ORDER);
    expect(shuffleEntries(SEED, [])).toEqual([]);
    expect(shuffleEntries(SEED, [42])).toEqual([42]);
  });

  it('is what the script published on the verification page computes', () => {
    const entries = [3, 17, 18, 40, 41, 99, 120];
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', recomputeScript(SEED, entries)], { encoding: 'utf8' });
    expect(JSON.parse(output)).toEqual({ commitment: commitmentOf(SEED), order: shuffleEntries(SEED, entries) });
  });

  it('draws uniform integers below a bound, rejecting the biased tail', () => {
    const uniform = uniformSource(SEED);
    const counts = [0, 0, 0];
    for (let i = 0; i < 3000; i++) counts[uniform(3)]!++;
    expect(counts.every((n) => n > 900 && n < 1100)).toBe(true);
  });

  it('puts every entry in every place equally often (chi-square, 5 entries × 5 places, 10,000 seeds)', () => {
    const n = 5;
    const seeds = 10_000;
    const cells = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    for (let s = 0; s < seeds; s++) shuffleEntries(seedNumber(s), [0, 1, 2, 3, 4]).forEach((entry, place) => cells[entry]![place]!++);
    const expected = seeds / n;
    const chi = cells.flat().reduce((sum, observed) => sum + (observed - expected) ** 2 / expected, 0);
    // (5-1)² = 16 degrees of freedom; 39.25 is the 0.1% critical value.
    expect(chi).toBeLessThan(39.25);
  });

  it('makes all 24 orders of 4 entries equally likely (chi-square, 12,000 seeds)', () => {
    const seeds = 12_000;
    const counts = new Map<string, number>();
    for (let s = 0; s < seeds; s++) {
      const key = shuffleEntries(seedNumber(s + 1_000_000), [1, 2, 3, 4]).join(',');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(24);
    const expected = seeds / 24;
    const chi = [...counts.values()].reduce((sum, observed) => sum + (observed - expected) ** 2 / expected, 0);
    // 23 degrees of freedom; 49.73 is the 0.1% critical value.
    expect(chi).toBeLessThan(49.73);
  });
});

// Computed independently (Python hmac + the algorithm as written on the page).
const KNOWN_ORDER = [9, 10, 4, 3, 7, 8, 6, 2, 5, 1];
