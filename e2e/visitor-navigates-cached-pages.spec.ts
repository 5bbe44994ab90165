// A visitor reads explore from the page cache and moves about it the way the app router does: a
// click to a post and Back stay client-side navigations (the cache answers documents only — an RSC
// fetch answered with cached HTML once hung the router and forced full page loads, commit 391c8f6).
import { expect, test } from '@playwright/test';
import { createShop } from './support/shop';

test('a visitor opens a post from cached explore and comes back, all without a full page load', async ({ browser, page }) => {
  const ownerContext = await browser.newContext();
  const shop = await createShop(ownerContext.request, [{ label: 'M', priceMinor: 2500, stock: 5 }]);
  await ownerContext.request.get('/'); // the app's cache starts listening for invalidations
  await ownerContext.close();

  const documents: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'document') documents.push(new URL(request.url()).pathname);
  });
  const explore = await page.goto('/');
  expect(['hit', 'stale', 'miss']).toContain(explore!.headers()['x-hashcart-cache']);
  // A mark that only survives if the page is never reloaded.
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));

  const card = page.locator('article', { has: page.getByRole('link', { name: 'Ridge Tee' }) }).filter({ hasText: `Shop ${shop.handle}` });
  await card.getByRole('link', { name: 'Ridge Tee' }).click();
  await expect(page).toHaveURL(`/p/${shop.postId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Ridge Tee' })).toBeVisible();
  await expect(page.getByText('Ridge tee in forest green')).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL('/');
  await expect(card.getByRole('link', { name: 'Ridge Tee' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  expect(documents).toEqual(['/']);
});
