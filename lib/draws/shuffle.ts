// The draw's math, free of the database so anyone can run it: the commitment to a seed, and the
// deterministic shuffle of entry numbers that the seed drives. /p/[id]/draw prints this algorithm.
import { createHash, createHmac, randomBytes } from 'node:crypto';

/** A fresh secret seed: 32 random bytes as 64 lowercase hex characters. */
export function newSeed(): string {
  return randomBytes(32).toString('hex');
}

/** What is published when the draw is launched: SHA-256 of the seed's hex text, in hex. */
export function commitmentOf(seed: string): string {
  return createHash('sha256').update(seed, 'utf8').digest('hex');
}

const RANGE = 2 ** 48;

/**
 * A stream of uniform integers below a bound: the first 6 bytes of HMAC-SHA256(key = the seed's hex
 * text, message = a counter in decimal, from 0) read as a big-endian 48-bit number, rejecting values
 * at or above the largest multiple of the bound so that no result is more likely than another.
 */
export function uniformSource(seed: string) {
  let counter = 0;
  return (bound: number): number => {
    const limit = RANGE - (RANGE % bound);
    for (;;) {
      const mac = createHmac('sha256', seed).update(String(counter++)).digest();
      const value = mac.readUIntBE(0, 6);
      if (value < limit) return value % bound;
    }
  };
}

/**
 * Fisher–Yates: sort the entry numbers ascending, then for i from the last index down to 1 swap
 * item i with item j = uniform(i + 1). The result, read from the front, is the order in which
 * units are offered.
 */
export function shuffleEntries(seed: string, entryIds: readonly number[]): number[] {
  const order = [...entryIds].sort((a, b) => a - b);
  const uniform = uniformSource(seed);
  for (let i = order.length - 1; i > 0; i--) {
    const j = uniform(i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}
