// An admin in Milan: an it-IT browser in Rome time moderates in Italian — the queue, the report's
// reason, a refusal when the reason is too short, the confirmation, and the audit log entry with an
// Italian action name, sentence and date — and the post is really hidden.
import { expect, test } from '@playwright/test';
import { signInAdmin } from './support/admin';
import { e2eSql } from './support/db';
import { createShop, signUpViaApi } from './support/shop';

test.use({ locale: 'it-IT', timezoneId: 'Europe/Rome' });

/** How an Italian reader in Rome sees an instant: 23 nov 2026, 21:35. */
const romeTime = (instant: Date) => new Intl.DateTimeFormat('it-IT', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Rome' }).format(instant);

test('an Italian admin hides a reported post in Italian: queue, reason, refusal, confirmation and audit log in Rome time', async ({ browser }, testInfo) => {
  test.setTimeout(120_000);
  const brand = await browser.newContext();
  const shop = await createShop(brand.request, [{ label: 'M', priceMinor: 2500, stock: 5 }]);

  // A follower reading Italian reports the post.
  const follower = await browser.newContext();
  const followerPage = await follower.newPage();
  await signUpViaApi(follower.request, 'Franca Follower');
  await followerPage.goto(`/p/${shop.postId}`);
  await followerPage.getByText('Segnala il post').click();
  await followerPage.getByRole('radio', { name: 'Merce contraffatta' }).check();
  await followerPage.getByLabel('Nota per gli admin (facoltativa)').fill('Il logo è falso');
  await followerPage.getByRole('button', { name: 'Invia la segnalazione' }).click();
  await expect(followerPage.getByRole('status')).toContainText('un admin lo esaminerà');

  const sql = e2eSql();
  try {
    const admin = await browser.newContext();
    const page = await admin.newPage();
    await signInAdmin(admin.request);
    await page.goto('/admin');
    await expect(page.locator('html')).toHaveAttribute('lang', /^it/);
    await expect(page.getByRole('heading', { name: 'Moderazione', level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { name: /^Segnalazioni \(\d+\)$/ })).toBeVisible();
    // The browser told the server its time zone; every time from here on is Rome time.
    await expect.poll(async () => decodeURIComponent((await admin.cookies()).find((cookie) => cookie.name === 'hashcart_tz')?.value ?? '')).toBe('Europe/Rome');
    await page.reload();

    const group = page.getByRole('article', { name: /Segnalazioni su Post "Ridge Tee"/ }).filter({ hasText: shop.handle });
    await expect(group).toContainText('1 segnalazione');
    await expect(group).toContainText('Merce contraffatta');
    await expect(group).toContainText('Il logo è falso');
    const [report] = await sql`select created_at from reports where target_id = ${shop.postId}`;
    await expect(group).toContainText(`prima segnalazione il ${romeTime(report!.created_at as Date)}`);

    // Too short a reason: refused in Italian, and nothing changes.
    await group.getByLabel('Motivo', { exact: true }).fill('no');
    await group.getByRole('button', { name: 'Nascondi il post' }).click();
    await expect(group.getByRole('alert')).toHaveText('Indica un motivo: viene mostrato alle persone coinvolte e conservato nel registro attività.');
    expect((await sql`select status from posts where id = ${shop.postId}`)[0]?.status).toBe('published');

    await group.getByLabel('Motivo', { exact: true }).fill('Logo contraffatto');
    await group.getByRole('button', { name: 'Nascondi il post' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Nascosto' })).toHaveText('Nascosto: il post è sparito dai feed e non si può più comprare.');
    await page.screenshot({ path: testInfo.outputPath('admin-queue-it.png'), fullPage: true });

    const [post] = await sql`select status from posts where id = ${shop.postId}`;
    expect(post?.status).toBe('hidden');
    const [logged] = await sql`select action, reason, target_name, created_at from moderation_actions where target_id = ${shop.postId}`;
    // The log keeps what people wrote; the kind of target is worded when read.
    expect({ action: logged?.action, reason: logged?.reason, targetName: logged?.target_name }).toEqual({ action: 'hide_post', reason: 'Logo contraffatto', targetName: `"Ridge Tee" · @${shop.handle}` });

    await page.getByRole('link', { name: 'Registro attività' }).click();
    await expect(page.getByRole('heading', { name: 'Registro attività', level: 1 })).toBeVisible();
    await page.getByLabel('Azione', { exact: true }).selectOption({ label: 'Post nascosto' });
    await page.getByRole('button', { name: 'Filtra' }).click();
    await expect(page).toHaveURL(/action=hide_post/);
    const row = page.getByRole('row').filter({ hasText: shop.handle });
    await expect(row).toContainText('Post nascosto');
    await expect(row).toContainText('Logo contraffatto');
    await expect(row).toContainText(`Post "Ridge Tee" · @${shop.handle}`);
    await expect(row).toContainText('Ada Admin');
    await expect(row).toContainText('Stato:');
    // Written the Italian way, on a Rome wall clock.
    await expect(row.locator('time')).toHaveText(romeTime(logged!.created_at as Date));
    await page.screenshot({ path: testInfo.outputPath('audit-log-it.png'), fullPage: true });
  } finally {
    await sql.end();
  }
});
