// Stripe-shaped identifiers: a prefix, an underscore and 24 base62 characters.
import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

// Random bytes are drawn 4 KiB at a time: one system call per ~150 ids instead of one per id.
let pool = Buffer.alloc(0);
let used = 0;

function randomByte(): number {
  if (used >= pool.length) {
    pool = randomBytes(4096);
    used = 0;
  }
  return pool[used++]!;
}

export function randomToken(length: number): string {
  let out = '';
  // 248 is the largest multiple of 62 below 256, so rejecting bytes above it keeps the draw uniform.
  while (out.length < length) {
    const byte = randomByte();
    if (byte < 248) out += ALPHABET[byte % 62];
  }
  return out;
}

export type IdPrefix =
  | 'pi' | 'ch' | 're' | 'cus' | 'pm' | 'seti' | 'setatt' | 'acct' | 'evt' | 'we' | 'py' | 'req' | 'src' | 'tr' | 'fee' | 'txn' | 'wd' | 'al';

export function newId(prefix: IdPrefix): string {
  return `${prefix}_${randomToken(24)}`;
}

export function newClientSecret(intentId: string): string {
  return `${intentId}_secret_${randomToken(25)}`;
}

export function newWebhookSecret(): string {
  return `whsec_${randomToken(32)}`;
}
