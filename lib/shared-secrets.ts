// The two secrets every app process and instance must share: better-auth's (sessions signed by
// one process are read by another) and Next.js's server-action key (baked into the build; it
// encrypts closed-over action arguments and salts the action ids, so instances built apart must use
// the same one). The environment wins; otherwise each is generated once and kept under .data/ so the
// zero-set-up demo keeps its sessions and action ids across restarts and rebuilds. Several
// instances (separate machines or data folders) cannot share a generated file, so there they must
// be set explicitly. No `server-only`: scripts/serve.ts and next.config.ts read it too.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Any environment-like map (process.env, or a child's env being built). */
export type Env = Record<string, string | undefined>;

export interface SharedSecret {
  env: 'BETTER_AUTH_SECRET' | 'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY';
  file: string;
  generate(): string;
  problem(value: string): string | null;
}

export const AUTH_SECRET: SharedSecret = {
  env: 'BETTER_AUTH_SECRET',
  file: 'auth-secret',
  generate: () => randomBytes(32).toString('hex'),
  problem: (value) => (value.length >= 32 ? null : 'BETTER_AUTH_SECRET must be at least 32 characters (e.g. `openssl rand -hex 32`).'),
};

export const SERVER_ACTIONS_KEY: SharedSecret = {
  env: 'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY',
  file: 'server-actions-key',
  generate: () => randomBytes(32).toString('base64'),
  problem: (value) =>
    /^[A-Za-z0-9+/]+={0,2}$/.test(value) && [16, 24, 32].includes(Buffer.from(value, 'base64').length)
      ? null
      : 'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be base64 of a 16, 24 or 32-byte key (e.g. `openssl rand -base64 32`).',
};

export const SHARED_SECRETS = [AUTH_SECRET, SERVER_ACTIONS_KEY];

const dataDir = (env: Env) => env.HASHCART_DATA_DIR ?? path.join(process.cwd(), '.data');

/**
 * The secret from the environment, else from its file under .data/, created on first use. The
 * file is created exclusively ('wx'), so processes starting at the same moment all end up with the
 * one that was written first.
 */
export function keptSecret(secret: SharedSecret, env: Env = process.env): string {
  const fromEnv = env[secret.env];
  if (fromEnv) return fromEnv;
  const file = path.join(/*turbopackIgnore: true*/ dataDir(env), secret.file);
  try {
    return readFileSync(/*turbopackIgnore: true*/ file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(/*turbopackIgnore: true*/ dataDir(env), { recursive: true });
  try {
    writeFileSync(/*turbopackIgnore: true*/ file, secret.generate(), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readFileSync(/*turbopackIgnore: true*/ file, 'utf8').trim();
}

/**
 * What stops a start with more than one process or instance. One process needs nothing. Several
 * processes of one `npm start` share the kept files (serve.ts hands the values to each). Several
 * instances must be given both secrets, the same on each.
 */
export function sharedSecretProblems(env: Env, { instances }: { instances: number }): string[] {
  const problems: string[] = [];
  for (const secret of SHARED_SECRETS) {
    const value = env[secret.env];
    if (value) {
      const problem = secret.problem(value);
      if (problem) problems.push(problem);
    } else if (instances > 1) {
      problems.push(`${secret.env} must be set, the same on every instance, when running ${instances} instances.`);
    }
  }
  return problems;
}
