import 'server-only';
import { stripeBrowserConfig } from '@/lib/payments/stripe-config';
import type { BuyContext } from '@/components/checkout/types';
import type { Viewer } from './viewer';

export function buyContextFor(viewer: Viewer | null): BuyContext {
  return { stripe: stripeBrowserConfig(), signedIn: Boolean(viewer) };
}
