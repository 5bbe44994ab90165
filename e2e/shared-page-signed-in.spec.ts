// Signed-in readers share one cached copy of a brand page (issue #10): it is rendered for nobody,
// and each reader's own parts — header account, follow state — arrive in their browser. Reader A's
// visit fills the copy; reader B is then served that same copy and sees nothing of A's.
import { expect, test, type Browser } from '@playwright/test';
import { followBrand } from '../lib/catalog/brands';
import { e2eSql, withDomain } from './support/db';
import { createShop, signUpViaApi } from './support/shop';

async function signedIn(browser: Browser, name: string) {
  const context = await browser.newContext();
  const account = await signUpViaApi(context.request, name);
  return { context, page: await context.newPage(), ...account };
}

test('two signed-in readers are served one copy of a brand page, each seeing only their own name and follow state', async ({ browser }) => {
  const ownerContext = await browser.newContext();
  const shop = await createShop(ownerContext.request, [{ label: 'M', priceMinor: 2500, stock: 5 }]);
  await ownerContext.request.get('/'); // the app's cache starts listening for invalidations
  await ownerContext.close();
  const sql = e2eSql();
  const brandId = shop.brandId;
  const ada = await signedIn(browser, 'Ada Lindqvist');
  await withDomain((db) => followBrand(db, ada.id, brandId));
  const bea = await signedIn(browser, 'Bea Okafor');

  // Ada's visit renders the shared copy; Bea, right after, is served that copy. Tried again while
  // Bea's answer was rendered for her instead: each server process keeps its own cache (scripts/serve.ts
  // runs one per core), so her request may reach the other one, or an invalidation may land in between.
  const servedToBea: string[] = [];
  await expect
    .poll(async () => {
      await ada.page.goto(`/@${shop.handle}`, { waitUntil: 'commit' });
      const answer = await bea.page.goto(`/@${shop.handle}`, { waitUntil: 'commit' });
      servedToBea.push(await answer!.text());
      return answer!.headers()['x-hashcart-cache'];
    }, { timeout: 30_000 })
    .toMatch(/^(hit|stale)$/);
  for (const html of servedToBea) for (const adas of ['Ada Lindqvist', ada.email, ada.id]) expect(html).not.toContain(adas);

  // Each reader's own parts arrive in their browser.
  await expect(ada.page.locator('.user-menu__name')).toHaveText('Ada Lindqvist');
  await expect(ada.page.getByRole('button', { name: `Unfollow Shop ${shop.handle}` })).toHaveAttribute('aria-pressed', 'true');
  await expect(bea.page.locator('.user-menu__name')).toHaveText('Bea Okafor');
  await expect(bea.page.getByRole('button', { name: `Follow Shop ${shop.handle}` })).toHaveAttribute('aria-pressed', 'false');
  await expect(bea.page.getByText('Ada Lindqvist')).toHaveCount(0);
  // Bea's own parts work from the shared copy: she follows, and the database says so.
  await bea.page.getByRole('button', { name: `Follow Shop ${shop.handle}` }).click();
  await expect(bea.page.getByRole('button', { name: `Unfollow Shop ${shop.handle}` })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await sql`select 1 from follows where follower_id = ${bea.id} and brand_id = ${brandId}`).length).toBe(1);

  // Explore too: one copy for both, each header their own.
  await expect
    .poll(async () => {
      await ada.page.goto('/', { waitUntil: 'commit' });
      const answer = await bea.page.goto('/', { waitUntil: 'commit' });
      expect(await answer!.text()).not.toContain('Ada Lindqvist');
      return answer!.headers()['x-hashcart-cache'];
    }, { timeout: 30_000 })
    .toMatch(/^(hit|stale)$/);
  await expect(bea.page.locator('.user-menu__name')).toHaveText('Bea Okafor');
  await expect(bea.page.getByRole('link', { name: 'Orders' })).toBeVisible();
  await sql.end();
  await Promise.all([ada.context.close(), bea.context.close()]);
});
