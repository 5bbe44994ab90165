// Configuration read from the environment in one place, with the defaults that make a fresh
// checkout run without any set-up.
import 'server-only';

export function appUrl(): string {
  return process.env.APP_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
}

export function adminEmails(): string[] {
  return (process.env.ADMIN_EMAILS ?? 'admin@hashcart.dev')
    .split(',')
    .map((email) => email.trim().toLowerCase())
    .filter(Boolean);
}

export function platformFeeBps(): number {
  const bps = Number(process.env.PLATFORM_FEE_BPS ?? 500);
  if (!Number.isInteger(bps) || bps < 0 || bps > 10_000) {
    throw new Error(`PLATFORM_FEE_BPS must be an integer between 0 and 10000, got "${process.env.PLATFORM_FEE_BPS}"`);
  }
  return bps;
}

/** An absolute URL on this app, for links that leave it and come back (Stripe return URLs). */
export function absoluteUrl(path: string): string {
  return new URL(path, appUrl()).toString();
}
