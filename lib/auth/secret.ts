import 'server-only';
import { AUTH_SECRET, keptSecret } from '@/lib/shared-secrets';

/**
 * BETTER_AUTH_SECRET when set (required for several instances); otherwise a secret generated once
 * and kept under .data/ so sessions survive restarts of the zero-set-up demo (lib/shared-secrets).
 */
export async function authSecret(): Promise<string> {
  return keptSecret(AUTH_SECRET);
}
