// Moderation journeys: a reported post is hidden by an admin (with a reason everyone affected
// sees), and a new brand's first post waits for review until an admin approves it.
import { expect, test, type Browser } from '@playwright/test';
import { createBrand } from './support/accounts';
import { signInAdmin } from './support/admin';
import { e2eSql } from './support/db';
import { openConversation } from './support/inbox';
import { createShop, signUpViaApi } from './support/shop';

async function newPage(browser: Browser) {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

test('a follower reports a post; an admin hides it with a reason; it leaves the feeds, Buy is refused, the brand reads why, the log shows it', async ({ browser }, testInfo) => {
  const brand = await newPage(browser);
  const shop = await createShop(brand.context.request, [{ label: 'M', priceMinor: 2500, stock: 5 }]);

  // A buyer has the post open with the Buy sheet ready before the admin acts.
  const buyer = await newPage(browser);
  await signUpViaApi(buyer.context.request, 'Bo Buyer');
  await buyer.page.goto(`/p/${shop.postId}`);
  await buyer.page.getByRole('button', { name: 'Buy', exact: true }).click();
  await buyer.page.getByRole('dialog').getByRole('radio', { name: /^M / }).check();

  const follower = await newPage(browser);
  await signUpViaApi(follower.context.request, 'Finn Follower');
  await follower.page.goto(`/p/${shop.postId}`);
  await follower.page.getByText('Report post').click();
  await follower.page.getByRole('radio', { name: 'Counterfeit goods' }).check();
  await follower.page.getByLabel('Note for the admins (optional)').fill('The logo is fake');
  await follower.page.getByRole('button', { name: 'Send report' }).click();
  await expect(follower.page.getByRole('status')).toContainText('an admin will review it');

  const sql = e2eSql();
  try {
    const [report] = await sql`select reason, note, status from reports where target_id = ${shop.postId}`;
    expect({ ...report }).toEqual({ reason: 'counterfeit', note: 'The logo is fake', status: 'open' });

    const admin = await newPage(browser);
    await signInAdmin(admin.context.request);
    await admin.page.goto('/admin');
    const group = admin.page.getByRole('article', { name: /Reports on Post "Ridge Tee"/ }).filter({ hasText: shop.handle });
    await expect(group).toContainText('1 report');
    await expect(group).toContainText('Counterfeit goods');
    await expect(group).toContainText('The logo is fake');
    await group.getByRole('button', { name: 'Hide post' }).click();
    await expect(group.getByText('Give a reason')).toBeVisible();
    await group.getByLabel('Reason', { exact: true }).fill('Counterfeit branding');
    await group.getByRole('button', { name: 'Hide post' }).click();
    await expect(admin.page.getByRole('status')).toContainText('Hidden');
    await admin.page.screenshot({ path: testInfo.outputPath('admin-queue.png'), fullPage: true });

    const [post] = await sql`select status from posts where id = ${shop.postId}`;
    expect(post?.status).toBe('hidden');
    const [logged] = await sql`select action, reason, target_type, actor_name from moderation_actions where target_id = ${shop.postId}`;
    expect({ ...logged }).toEqual({ action: 'hide_post', reason: 'Counterfeit branding', target_type: 'post', actor_name: 'Ada Admin' });
    const [closed] = await sql`select status from reports where target_id = ${shop.postId}`;
    expect(closed?.status).toBe('actioned');

    // The buyer's open sheet gets a clear refusal and no order is created.
    await buyer.page.getByRole('dialog').getByRole('button', { name: 'Continue to payment' }).click();
    await expect(buyer.page.getByRole('dialog').getByRole('alert')).toHaveText('This post is not for sale right now.');
    const pending = await sql`select id from orders where post_id = ${shop.postId}`;
    expect(pending).toHaveLength(0);

    await follower.page.goto('/');
    await expect(follower.page.getByRole('article').filter({ hasText: shop.handle })).toHaveCount(0);
    await follower.page.goto(`/@${shop.handle}`);
    await expect(follower.page.getByText('No posts yet.')).toBeVisible();
    const gone = await follower.page.goto(`/p/${shop.postId}`);
    expect(gone?.status()).toBe(404);
    await openConversation(follower.page, /Hashcart/);
    await expect(follower.page.getByRole('list', { name: 'Messages' })).toContainText(/Your report on Post "Ridge Tee".*we hid it/);

    await brand.page.goto('/inbox');
    await expect(brand.page.getByText('An admin hid your post. Reason: Counterfeit branding')).toBeVisible();

    await admin.page.goto('/admin/audit?action=hide_post');
    const row = admin.page.getByRole('row').filter({ hasText: shop.handle });
    await expect(row).toContainText('Hide post');
    await expect(row).toContainText('Counterfeit branding');
    await expect(row).toContainText('Ada Admin');
    await admin.page.screenshot({ path: testInfo.outputPath('audit-log.png'), fullPage: true });

    // The admin changes their mind from the post page itself: restored, with a reason, and logged.
    await admin.page.goto(`/p/${shop.postId}`);
    const tools = admin.page.getByRole('region', { name: 'Admin tools' });
    await tools.getByLabel('Reason', { exact: true }).fill('Brand showed proof of authenticity');
    await tools.getByRole('button', { name: 'Restore' }).click();
    await expect(tools.getByRole('status')).toContainText('Restored');
    const [restored] = await sql`select status from posts where id = ${shop.postId}`;
    expect(restored!.status).toBe('published');
    await admin.page.goto('/admin/audit');
    await expect(admin.page.getByRole('row').filter({ hasText: 'Brand showed proof of authenticity' })).toBeVisible();
  } finally {
    await sql.end();
  }
});

test("a new brand's first post waits for review and appears in the feed once an admin approves it", async ({ browser }) => {
  const owner = await newPage(browser);
  await signUpViaApi(owner.context.request, 'Nia New');
  const handle = `new_${Date.now().toString(36)}`;
  await createBrand(owner.page, 'Nia Knits', handle);
  await owner.page.getByRole('link', { name: 'New post' }).click();
  await owner.page.getByLabel('Title', { exact: true }).fill('Hand-knit Beanie');
  await owner.page.getByLabel('Caption').fill('Hand-knit beanie, one size');
  await owner.page.getByLabel('Option 1', { exact: true }).fill('One size');
  await owner.page.getByLabel('Price').first().fill('30');
  await owner.page.getByLabel('Stock').first().fill('3');
  await owner.page.getByRole('button', { name: 'Save post' }).click();
  await expect(owner.page).toHaveURL(/\/p\/[0-9a-f-]{36}$/);
  await expect(owner.page.getByText('This post is waiting for review by an admin.')).toBeVisible();
  const postId = owner.page.url().split('/').pop()!;

  const sql = e2eSql();
  try {
    const [held] = await sql`select status, published_at from posts where id = ${postId}`;
    expect({ ...held }).toEqual({ status: 'pending_review', published_at: null });

    const visitor = await newPage(browser);
    await visitor.page.goto('/');
    await expect(visitor.page.getByRole('article').filter({ hasText: 'Hand-knit beanie' })).toHaveCount(0);

    const admin = await newPage(browser);
    await signInAdmin(admin.context.request);
    await admin.page.goto('/admin');
    const card = admin.page.getByRole('article', { name: `Held post by @${handle}` });
    await expect(card).toContainText('New brand: its first posts are reviewed');
    await card.getByLabel('Reason', { exact: true }).fill('Handmade goods, fine');
    await card.getByRole('button', { name: 'Approve' }).click();
    await expect(card.getByRole('status')).toContainText('Approved');

    const [live] = await sql`select status from posts where id = ${postId}`;
    expect(live?.status).toBe('published');
    await visitor.page.goto('/');
    await expect(visitor.page.getByRole('article').filter({ hasText: 'Hand-knit beanie' })).toBeVisible();
    await owner.page.goto('/inbox');
    await expect(owner.page.getByText('Your post is live')).toBeVisible();
  } finally {
    await sql.end();
  }
});

test('an admin bans a brand owner from the brand page: signed out everywhere and refused at sign-in', async ({ browser }) => {
  const owner = await newPage(browser);
  const shop = await createShop(owner.context.request, [{ label: 'M', priceMinor: 2500, stock: 5 }]);
  const sql = e2eSql();
  try {
    const [row] = await sql`select u.email from users u join brands b on b.owner_id = u.id where b.handle = ${shop.handle}`;
    const email = row!.email as string;
    await owner.page.goto('/studio');
    await expect(owner.page.getByRole('button', { name: 'Sign out' })).toBeVisible();

    const admin = await newPage(browser);
    await signInAdmin(admin.context.request);
    await admin.page.goto(`/@${shop.handle}`);
    const tools = admin.page.getByRole('region', { name: 'Admin tools' });
    await tools.getByLabel('Reason', { exact: true }).fill('Selling counterfeit goods repeatedly');
    await tools.getByRole('button', { name: 'Ban owner' }).click();
    await expect(tools.getByRole('status')).toContainText('User banned');

    // The owner's open session is gone…
    await owner.page.reload();
    await expect(owner.page.getByRole('link', { name: 'Sign in' })).toBeVisible();
    // …and signing in again is refused with a clear message.
    await owner.page.goto('/sign-in');
    await owner.page.getByLabel('Email').fill(email);
    await owner.page.getByLabel('Password').fill('correct-horse-battery');
    await owner.page.getByRole('button', { name: 'Sign in' }).click();
    await expect(owner.page.getByText('This account has been banned')).toBeVisible();
    const [banned] = await sql`select banned_at from users where email = ${email}`;
    expect(banned!.banned_at).not.toBeNull();
    await admin.context.close();
  } finally {
    await sql.end();
    await owner.context.close();
  }
});
