// A small shop with something on every page: a brand with a post, a buyer (the e2e admin) with a
// paid order and a conversation with the brand. Used to visit every route as the right person.
import type { Browser, BrowserContext } from '@playwright/test';
import { eq } from 'drizzle-orm';
import { users } from '../../db/schema';
import { startConversation, writeMessage } from '../../lib/conversations/messages';
import { makePaidOrder } from '../../test/factories';
import { ADMIN, signInAdmin } from './admin';
import { withDomain } from './db';
import { createShop } from './shop';

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
  await signInAdmin(admin.request);
  const { order, conversation } = await withDomain(async (db, stripe) => {
    const [buyer] = await db.select({ id: users.id }).from(users).where(eq(users.email, ADMIN.email));
    const order = await makePaidOrder(db, stripe, { buyerId: buyer!.id, postId: shop.postId, variantId: shop.variants.M! });
    const reader = { userId: buyer!.id, brandId: null };
    const conversation = await startConversation(db, reader, shop.brandId);
    await writeMessage(db, reader, 'buyer', conversation.id, 'Hi! Does the Ridge Tee run true to size? I am usually an M in most brands.');
    return { order, conversation };
  });
  return {
    owner,
    admin,
    anonymous,
    params: { handle: shop.handle, '/p/[id]': shop.postId, '/p/[id]/draw': shop.postId, '/studio/posts/[id]/edit': shop.postId, '/orders/[id]': order.id, '/studio/orders/[id]': order.id, '/inbox/[id]': conversation.id, '/studio/inbox/[id]': conversation.id },
  };
}

/** Who sees a route: the brand owner in the studio, the admin (also the buyer) elsewhere, nobody on sign-in/up. */
export function viewerFor(route: string, shop: SampleShop): BrowserContext {
  if (route.startsWith('/studio')) return shop.owner;
  if (route === '/sign-in' || route === '/sign-up') return shop.anonymous;
  return shop.admin;
}
