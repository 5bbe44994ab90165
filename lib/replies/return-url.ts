import 'server-only';
import { appUrl } from '@/lib/config';

/** Absolute URL Stripe sends a buyer back to after a redirect-based step. */
export function appUrlForReturn(path: string): string {
  return new URL(path, appUrl()).toString();
}
