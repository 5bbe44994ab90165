// Loads Stripe.js for the browser. With `stripeJsUrl` (emulator mode) the emulator's stand-in is injected first,
// so `loadStripe` finds it as `window.Stripe`; without it, the real Stripe.js is loaded. No server imports here.
import type { Stripe } from '@stripe/stripe-js';
import { loadStripe } from '@stripe/stripe-js/pure';

const injected = new Map<string, Promise<void>>();

function injectScript(src: string): Promise<void> {
  const existing = injected.get(src);
  if (existing) return existing;
  const loading = new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.async = true;
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => {
      injected.delete(src);
      script.remove();
      reject(new Error(`Failed to load the Stripe emulator's Stripe.js from ${src}`));
    });
    document.head.appendChild(script);
  });
  injected.set(src, loading);
  return loading;
}

export async function loadBrowserStripe(publishableKey: string, stripeJsUrl: string | null): Promise<Stripe | null> {
  if (stripeJsUrl === null) return loadStripe(publishableKey);
  if (typeof window === 'undefined') return null;
  await injectScript(stripeJsUrl);
  return loadStripe(publishableKey);
}
