// Stripe-shaped identifiers: a prefix, an underscore and 24 base62 characters.
import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export function randomToken(length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  // 248 is the largest multiple of 62 below 256, so rejecting bytes above it keeps the draw uniform.
  for (let i = 0; out.length < length; i++) {
    const byte = i < bytes.length ? bytes[i]! : randomBytes(1)[0]!;
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
