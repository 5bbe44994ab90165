import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AUTH_SECRET, keptSecret, SERVER_ACTIONS_KEY, sharedSecretProblems } from './shared-secrets';

const fresh = () => ({ HASHCART_DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'hashcart-secrets-')) });

describe('shared secrets', () => {
  it('generates each secret once and keeps it for every later process', () => {
    const env = fresh();
    const key = keptSecret(SERVER_ACTIONS_KEY, env);
    expect(Buffer.from(key, 'base64')).toHaveLength(32);
    expect(keptSecret(SERVER_ACTIONS_KEY, { ...env })).toBe(key);
    expect(readFileSync(path.join(env.HASHCART_DATA_DIR, 'server-actions-key'), 'utf8')).toBe(key);
    expect(keptSecret(AUTH_SECRET, env)).toHaveLength(64);
    expect(keptSecret(AUTH_SECRET, env)).not.toBe(key);
  });

  it('prefers the environment', () => {
    expect(keptSecret(AUTH_SECRET, { ...fresh(), BETTER_AUTH_SECRET: 'from-the-environment-0123456789abcdef' })).toBe('from-the-environment-0123456789abcdef');
  });

  it('needs nothing for one instance, but both secrets, well-formed, for several', () => {
    expect(sharedSecretProblems({}, { instances: 1 })).toEqual([]);
    expect(sharedSecretProblems({}, { instances: 2 })).toEqual([
      'BETTER_AUTH_SECRET must be set, the same on every instance, when running 2 instances.',
      'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be set, the same on every instance, when running 2 instances.',
    ]);
    const good = { BETTER_AUTH_SECRET: 'a'.repeat(32), NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64') };
    expect(sharedSecretProblems(good, { instances: 3 })).toEqual([]);
    expect(sharedSecretProblems({ ...good, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: 'short' }, { instances: 1 })).toEqual([
      'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be base64 of a 16, 24 or 32-byte key (e.g. `openssl rand -base64 32`).',
    ]);
    expect(sharedSecretProblems({ ...good, BETTER_AUTH_SECRET: 'short' }, { instances: 2 })).toHaveLength(1);
  });
});
