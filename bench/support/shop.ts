// A brand whose payouts are ready on the emulator, and one post to buy from, made on the bench
// database by the shared test factories (the domain functions, as e2e set-up does).
import Stripe from 'stripe';
import { eq } from 'drizzle-orm';
import { openDatabase } from '../../db/open';
import { variants } from '../../db/schema';
import { makeBrand, makePost } from '../../test/factories';

/** The SDK on a bench's Stripe emulator. */
export function benchStripe(emulatorUrl: string) {
  const url = new URL(emulatorUrl);
  return new Stripe('sk_test_bench', { host: url.hostname, port: Number(url.port), protocol: 'http', maxNetworkRetries: 2 });
}

export async function createBenchShop(databaseUrl: string, emulatorUrl: string, ownerId: string, stock: number, handle = 'benchbrand') {
  const database = await openDatabase(databaseUrl, { applicationName: 'hashcart-bench-set-up' });
  try {
    const brand = await makeBrand(database.db, ownerId, { stripe: benchStripe(emulatorUrl), handle, name: 'Bench Brand' });
    const post = await makePost(database.db, brand.id, { title: 'Bench Tee', body: 'Bench tee #buy', variants: [{ label: 'M', priceMinor: 2500, stock }] });
    const [variant] = await database.db.select({ id: variants.id }).from(variants).where(eq(variants.postId, post.id));
    return { postId: post.id, variantId: variant!.id };
  } finally {
    await database.close();
  }
}
