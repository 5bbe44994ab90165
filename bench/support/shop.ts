// A brand whose payouts are ready on the emulator, and one post to buy from, written straight to
// the bench database.
import postgres from 'postgres';
import Stripe from 'stripe';
import { createOnboardedEmulatorAccount } from '../../tools/stripe-emulator/onboarding';

export async function createBenchShop(databaseUrl: string, emulatorUrl: string, ownerId: string, stock: number, handle = 'benchbrand') {
  const url = new URL(emulatorUrl);
  const stripe = new Stripe('sk_test_bench', { host: url.hostname, port: Number(url.port), protocol: 'http' });
  const account = await createOnboardedEmulatorAccount(stripe, `${handle}@example.test`);
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const [brand] = await sql`insert into brands (owner_id, handle, name, stripe_account_id, charges_enabled, payouts_enabled, trusted_at)
      values (${ownerId}, ${handle}, 'Bench Brand', ${account.id}, true, true, now()) returning id`;
    const [post] = await sql`insert into posts (brand_id, title, body, status, published_at, max_per_order) values (${brand!.id}, 'Bench Tee', 'Bench tee #buy', 'published', now(), 5) returning id`;
    const [variant] = await sql`insert into variants (post_id, label, price_minor, currency, stock) values (${post!.id}, 'M', 2500, 'EUR', ${stock}) returning id`;
    return { postId: post!.id as string, variantId: variant!.id as string };
  } finally {
    await sql.end();
  }
}
