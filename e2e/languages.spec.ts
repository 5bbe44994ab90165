// #13: the shop speaks the reader's language. A browser set to German in Berlin reads the feed and a
// post in German, with German money and times; the language switcher turns an open post into French
// without leaving it; settings show the language and the browser's time zone, and a signed-in
// reader's choice is kept on the account.
import { expect, test } from '@playwright/test';
import { e2eSql } from './support/db';
import { createShop, signUpViaApi } from './support/shop';

test.use({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });

test('a de-DE browser reads the feed and the post page in German', async ({ page }) => {
  const shop = await createShop(page.request, [
    { label: 'M', priceMinor: 2500, stock: 2 },
    { label: 'L', priceMinor: 123450, stock: 1 },
  ]);
  await page.context().clearCookies();

  await page.goto(`/@${shop.handle}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de-DE');
  const card = page.getByRole('article').first();
  await expect(card).toContainText('25,00\u00a0€ – 1.234,50\u00a0€');
  await expect(card.getByRole('link', { name: 'Kaufen', exact: true })).toBeVisible();
  await expect(card).toContainText('oder antworte #kaufen');
  await expect(card).toContainText('Nur noch 3 übrig');
  // Published a moment ago, said the way a German feed says it; the reply tag is the German one.
  await expect(card.locator('time')).toHaveText(/^(vor \d+ (Sekunden?|Minuten?)|jetzt)$/);
  await expect(page.getByText(`@${shop.handle} · 0 Follower`)).toBeVisible();

  await card.getByRole('link', { name: 'Details' }).click();
  await expect(page).toHaveURL(new RegExp(`/p/${shop.postId}$`));
  const options = page.getByRole('list', { name: 'Varianten und Preise' });
  await expect(options).toContainText('25,00\u00a0€');
  await expect(options).toContainText('1.234,50\u00a0€');
  await expect(page.getByText('Antworte #kaufen mit einer Variante, z. B. #kaufen M, um zu kaufen. Bis zu 5 pro Bestellung.')).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Antworten/ })).toBeVisible();
  await expect(page.getByLabel('Deine Antwort')).toHaveAttribute('placeholder', 'Schreib etwas – oder antworte #kaufen M x2, um zu kaufen');
  await expect(page.getByText('Noch keine Antworten. Sei die erste Person – oder antworte #kaufen, um zu kaufen.')).toBeVisible();
});

test('the switcher turns an open post into French without leaving it', async ({ page }) => {
  const shop = await createShop(page.request, [{ label: 'M', priceMinor: 2500, stock: 5 }]);
  await page.context().clearCookies();
  await page.goto(`/p/${shop.postId}`);
  await expect(page.getByRole('list', { name: 'Varianten und Preise' })).toBeVisible();

  await page.getByRole('combobox', { name: 'Sprache' }).first().selectOption('fr');

  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page).toHaveURL(new RegExp(`/p/${shop.postId}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Ridge Tee' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Options et prix' })).toContainText('25,00\u00a0€');
  await expect(page.getByRole('heading', { name: /^Réponses/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Acheter', exact: true })).toBeVisible();
  // The choice is a cookie: the next page opens in French too.
  await page.goto(`/@${shop.handle}`);
  await expect(page.getByRole('article').first()).toContainText('ou répondez #acheter');
});

test('settings show the language and the browser’s time zone; the choice is kept on the account', async ({ page }) => {
  const reader = await signUpViaApi(page.request, 'Rita Regional');
  await page.goto('/');
  // The browser reports its time zone once; from then on the server writes times in it.
  await expect.poll(async () => decodeURIComponent((await page.context().cookies()).find((cookie) => cookie.name === 'hashcart_tz')?.value ?? '')).toBe('Europe/Berlin');

  await page.goto('/settings/payments');
  const region = page.getByRole('region', { name: 'Sprache und Region' });
  await expect(region).toContainText('Europe/Berlin');
  await expect(region).toContainText(/Mitteleuropäische .*[Zz]eit/);

  await region.getByRole('combobox', { name: 'Sprache' }).selectOption('it');
  await expect(page.getByRole('region', { name: 'Lingua e regione' })).toContainText('Europe/Berlin');
  await expect(page.getByRole('heading', { level: 1, name: 'Impostazioni' })).toBeVisible();
  const sql = e2eSql();
  try {
    await expect.poll(async () => (await sql`select locale, time_zone from users where id = ${reader.id}`)[0]).toEqual({ locale: 'it', time_zone: 'Europe/Berlin' });
  } finally {
    await sql.end();
  }
});
