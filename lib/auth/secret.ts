import 'server-only';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { dataDir } from '@/db/open';

/**
 * BETTER_AUTH_SECRET when set (required for several instances); otherwise a secret generated once
 * and kept under .data/ so sessions survive restarts of the zero-set-up demo.
 */
export async function authSecret(): Promise<string> {
  if (process.env.BETTER_AUTH_SECRET) return process.env.BETTER_AUTH_SECRET;
  const file = path.join(dataDir(), 'auth-secret');
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    const secret = randomBytes(32).toString('hex');
    await mkdir(dataDir(), { recursive: true });
    await writeFile(file, secret, { mode: 0o600 });
    return secret;
  }
}
