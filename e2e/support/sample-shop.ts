// A small shop with something on every page: a brand with a post, a buyer (the e2e admin) with a
// paid order and a conversation with the brand. Used to visit every route as the right person.
import { expect, type Browser, type BrowserContext } from '@playwright/test';
import { e2eSql } from './db';
import { E2E_PORT } from './environment';
import { createShop } from './shop';

const ORIGIN = `http://localhost:${E2E_PORT}`;
const ADMIN = { email: 'admin@e2e.test', password: 'correct-horse-battery', name: 'Ada Admin' };

export interface SampleShop {
  owner: BrowserContext;
  admin: BrowserContext;
  anonymous: BrowserContext;
  /** Values for the app's [segments], keyed by route ("/p/[id]") or by segment name ("handle"). */
  params: Record<string, string>;
}

export async function sampleShop(browser: Browser, contextOptions: Parameters<Browser['newContext']>[0] = {}): Promise<SampleShop> {
  const [owner, admin, anonymous] = await Promise.all([browser.newContext(contextOptions), browser.newContext(contextOptions), browser.newContext(contextOptions)]);
  const shop = await createShop(owner.request, [
    { label: 'S', priceMinor: 2500, stock: 2 },
    { label: 'M', priceMinor: 2500, stock: 12 },
    { label: 'L', priceMinor: 2700, stock: 0 },
  ]);
  const signIn = await admin.request.post('/api/auth/sign-in/email', { data: { email: ADMIN.email, password: ADMIN.password }, headers: { origin: ORIGIN } });
  if (!signIn.ok()) {
    const signUp = await admin.request.post('/api/auth/sign-up/email', { data: ADMIN, headers: { origin: ORIGIN } });
    expect(signUp.ok(), await signUp.text()).toBe(true);
  }
  const sql = e2eSql();
  try {
    const [buyer] = await sql`select id from users where email = ${ADMIN.email}`;
    const [brand] = await sql`select id from brands where handle = ${shop.handle}`;
    const [order] = await sql`insert into orders (buyer_id, brand_id, post_id, variant_id, item_label, quantity, unit_price_minor, amount_minor, currency, status, expires_at, payment_method_summary)
      values (${buyer!.id}, ${brand!.id}, ${shop.postId}, ${shop.variants.M!}, 'M', 1, 2500, 2500, 'EUR', 'paid', now() + interval '15 minutes', 'Visa •••• 4242') returning id`;
    const [conversation] = await sql`insert into conversations (kind, buyer_id, brand_id, last_seq, buyer_unread, brand_unread)
      values ('brand', ${buyer!.id}, ${brand!.id}, 1, 0, 1) returning id`;
    await sql`insert into conversation_messages (conversation_id, seq, sender, author_id, body)
      values (${conversation!.id}, 1, 'buyer', ${buyer!.id}, 'Hi! Does the Ridge Tee run true to size? I am usually an M in most brands.')`;
    return {
      owner,
      admin,
      anonymous,
      params: { handle: shop.handle, '/p/[id]': shop.postId, '/p/[id]/draw': shop.postId, '/studio/posts/[id]/edit': shop.postId, '/orders/[id]': order!.id, '/studio/orders/[id]': order!.id, '/inbox/[id]': conversation!.id, '/studio/inbox/[id]': conversation!.id },
    };
  } finally {
    await sql.end();
  }
}

/** Who sees a route: the brand owner in the studio, the admin (also the buyer) elsewhere, nobody on sign-in/up. */
export function viewerFor(route: string, shop: SampleShop): BrowserContext {
  if (route.startsWith('/studio')) return shop.owner;
  if (route === '/sign-in' || route === '/sign-up') return shop.anonymous;
  return shop.admin;
}
