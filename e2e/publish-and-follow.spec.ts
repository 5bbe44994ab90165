// Foundation journey: a brand publishes a post, a follower finds it in their feed and sees its price.
import { expect, test } from '@playwright/test';
import path from 'node:path';
import { createBrand, signOut, signUp } from './support/accounts';
import { e2eSql } from './support/db';
import { trustBrandWithHandle } from './support/shop';

test('a brand publishes a post with a photo and two variants; a follower sees it in the following feed', async ({ page }, testInfo) => {
  const handle = `tees_${Date.now().toString(36)}`;
  await signUp(page, 'Bea Brand');
  await createBrand(page, 'Bea Tees', handle);
  // A new brand's first posts wait for an admin (moderation.spec.ts covers that); this journey is
  // about publishing and following, so an admin has already trusted this brand.
  await trustBrandWithHandle(handle);

  await page.getByRole('link', { name: 'New post' }).click();
  await page.getByRole('button', { name: 'Save post' }).click();
  await expect(page.getByText('Give the post a title')).toBeVisible();
  await page.getByLabel('Title', { exact: true }).fill('Linen Tee');
  await page.getByLabel('Caption').fill('Linen tee, two sizes. Reply #buy M');
  await page.getByLabel('Photos').setInputFiles(path.join(import.meta.dirname, 'fixtures/tee.png'));
  await page.getByPlaceholder('e.g. Green tee, front').fill('Teal linen tee, front');
  await page.getByLabel('Option 1', { exact: true }).fill('M');
  await page.getByLabel('Price').first().fill('25');
  await page.getByLabel('Stock').first().fill('10');
  await page.getByRole('button', { name: 'Add variant' }).click();
  await page.getByLabel('Option 2', { exact: true }).fill('L');
  await page.getByLabel('Price').nth(1).fill('27.50');
  await page.getByLabel('Stock').nth(1).fill('4');
  await page.getByRole('button', { name: 'Save post' }).click();

  await expect(page).toHaveURL(/\/p\/[0-9a-f-]{36}$/);
  const postId = page.url().split('/').pop()!;
  const sql = e2eSql();
  expect((await sql`select title from posts where id = ${postId}`).map((row) => row.title)).toEqual(['Linen Tee']);
  await expect(page.getByRole('heading', { level: 1, name: 'Linen Tee' })).toBeVisible();
  const stored = await sql`select label, price_minor, currency, stock from variants where post_id = ${postId} order by position`;
  expect(stored.map((row) => ({ ...row }))).toEqual([
    { label: 'M', price_minor: 2500, currency: 'EUR', stock: 10 },
    { label: 'L', price_minor: 2750, currency: 'EUR', stock: 4 },
  ]);
  await sql.end();
  await signOut(page);

  await signUp(page, 'Finn Follower');
  await page.goto('/following');
  await expect(page.getByRole('heading', { name: 'Your feed is empty' })).toBeVisible();
  await page.goto(`/@${handle}`);
  await page.getByRole('button', { name: 'Follow Bea Tees' }).click();
  await expect(page.getByRole('button', { name: 'Unfollow Bea Tees' })).toHaveAttribute('aria-pressed', 'true');
  // Pressed shows at once; the button is enabled again once the follow is saved.
  await expect(page.getByRole('button', { name: 'Unfollow Bea Tees' })).toBeEnabled();

  await page.goto('/following');
  const card = page.getByRole('article').filter({ hasText: 'Linen tee, two sizes' });
  await expect(card).toBeVisible();
  await expect(card.getByRole('heading', { name: 'Linen Tee' })).toBeVisible();
  await expect(card.getByRole('img', { name: 'Teal linen tee, front' })).toBeVisible();
  await expect(card).toContainText('€25.00 – €27.50');
  await page.screenshot({ path: testInfo.outputPath('following-feed.png'), fullPage: true });

  await card.getByRole('link', { name: 'Details' }).click();
  const prices = page.getByRole('list', { name: 'Options and prices' });
  await expect(prices.getByRole('listitem').filter({ has: page.getByText('M', { exact: true }) })).toContainText('€25.00');
  await expect(prices.getByRole('listitem').filter({ has: page.getByText('L', { exact: true }) })).toContainText(/€27\.50\s*Only 4 left/);
  await page.screenshot({ path: testInfo.outputPath('post-page.png'), fullPage: true });
});

test('bad input gets a clear message next to the field and saves nothing', async ({ page }) => {
  await page.goto('/sign-up');
  await page.getByLabel('Email').fill('not-an-email');
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Enter a valid email address.')).toBeVisible();
  await expect(page.getByText('Use at least 8 characters.')).toBeVisible();

  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('nobody@e2e.test');
  await page.getByLabel('Password').fill('wrong-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('That email and password do not match.')).toBeVisible();

  await signUp(page, 'Olga Owner');
  const handle = `dupe_${Date.now().toString(36)}`;
  await createBrand(page, 'Olga', handle);
  await page.goto('/studio/posts/new');
  await page.getByLabel('Title', { exact: true }).fill('Not a real photo');
  await page.getByLabel('Caption').fill('A text file pretending to be a photo.');
  await page.getByLabel('Photos').setInputFiles(path.join(import.meta.dirname, 'fixtures/not-an-image.png'));
  await page.getByPlaceholder('e.g. Green tee, front').fill('text file');
  await page.getByLabel('Option 1', { exact: true }).fill('M');
  await page.getByLabel('Price').first().fill('-5');
  await page.getByLabel('Stock').first().fill('1');
  await page.getByRole('button', { name: 'Save post' }).click();
  await expect(page.getByText('"-5" is not a price.')).toBeVisible();
  await page.getByLabel('Price').first().fill('5');
  await page.getByRole('button', { name: 'Save post' }).click();
  await expect(page.getByText(/is not a PNG, JPEG, GIF or WebP image/)).toBeVisible();

  const sql = e2eSql();
  const rows = await sql`select p.id from posts p join brands b on b.id = p.brand_id where b.handle = ${handle}`;
  expect(rows).toHaveLength(0);
  await sql.end();
  await signOut(page);

  await signUp(page, 'Second Seller');
  await page.goto('/studio');
  await page.getByLabel('Brand name').fill('Copycat');
  await page.getByLabel('Handle').fill(handle.toUpperCase());
  await page.getByRole('button', { name: 'Create brand' }).click();
  await expect(page.getByText(`@${handle} is already taken.`)).toBeVisible();
});
