// A brand in Lyon: a fr-FR browser in Paris time opens its shop and works in its studio in French —
// a price typed the French way, a post scheduled in Paris time, an order of 1 234,50 € written the
// French way in the list, the order and the insights, and the CSV header in French.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { FORMATS } from '../lib/i18n/formats';
import { e2eSql } from './support/db';
import { signUpViaApi, trustBrandWithHandle } from './support/shop';

test.use({ locale: 'fr-FR', timezoneId: 'Europe/Paris' });

// Intl writes 1 234,50 € with a narrow no-break space between the thousands and a no-break space
// before the sign; \s matches both (a plain space would not).
const FRENCH_TOTAL = /1\s234,50\s€/;

/** Tomorrow at 10:00 on a Paris wall clock, as a datetime-local value and as the instant it names. */
function tomorrowTenInParis(): { wallClock: string; instant: Date } {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + 86_400_000));
  const utcGuess = new Date(`${day}T10:00:00Z`);
  const parisHour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', hourCycle: 'h23' }).format(utcGuess));
  return { wallClock: `${day}T10:00`, instant: new Date(utcGuess.getTime() - (parisHour - 10) * 3_600_000) };
}

test('a French brand works in its studio in French, in Paris time, with 1 234,50 € written the French way', async ({ page, request }) => {
  test.setTimeout(120_000);
  await signUpViaApi(page.request, 'Atelier Lyon');
  const handle = `lyon_${Date.now().toString(36)}`;

  await page.goto('/studio');
  await expect(page.locator('html')).toHaveAttribute('lang', /^fr/);
  await expect(page.getByRole('heading', { name: 'Ouvrez votre boutique' })).toBeVisible();
  await page.getByLabel('Nom de la marque').fill('Atelier Lyon');
  await page.getByLabel('Identifiant').fill(handle);
  await page.getByRole('button', { name: 'Créer la marque' }).click();
  await expect(page.getByRole('status')).toContainText(`Bienvenue, @${handle}`);
  await expect(page.getByText('Vos abonnés ne peuvent pas encore acheter.')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Studio' }).getByRole('link', { name: 'Commandes' })).toBeVisible();
  // The browser told the server its time zone; every time from here on is Paris time.
  await expect.poll(async () => decodeURIComponent((await page.context().cookies()).find((cookie) => cookie.name === 'hashcart_tz')?.value ?? '')).toBe('Europe/Paris');

  const sql = e2eSql();
  try {
    // An admin already trusts the brand (moderation.spec.ts covers new brands' posts waiting).
    await trustBrandWithHandle(handle);

    await page.goto('/studio/posts/new');
    await expect(page).toHaveTitle(/Nouvelle publication/);
    await page.getByLabel('Titre', { exact: true }).fill('Veste en lin');
    await page.getByLabel('Légende').fill('Veste en lin lavé, fabriquée à Lyon #lin');
    await page.getByLabel('Option 1', { exact: true }).fill('M');
    await page.getByLabel('Prix').fill('1 234,50');
    await page.getByLabel('Stock').fill('3');
    await page.getByLabel('Programmer', { exact: true }).check();
    await expect(page.getByText('Fuseau horaire : Europe/Paris')).toBeVisible();
    const publishAt = tomorrowTenInParis();
    await page.getByLabel('Publier le').fill(publishAt.wallClock);
    await page.getByRole('button', { name: 'Aperçu' }).click();
    await expect(page.getByRole('region', { name: 'Aperçu' })).toContainText(FRENCH_TOTAL);
    await page.getByRole('button', { name: 'Programmer la publication' }).click();
    await expect(page).toHaveURL(/\/p\/[0-9a-f-]{36}$/);
    const postId = page.url().split('/').pop()!;

    const [post] = await sql`select p.published_at, v.id as variant_id, v.price_minor, b.id as brand_id
      from posts p join variants v on v.post_id = p.id join brands b on b.id = p.brand_id where p.id = ${postId}`;
    // "1 234,50" typed in French is 1234.50 €, and 10:00 on a Paris clock is stored as that instant.
    expect(post!.price_minor).toBe(123450);
    expect((post!.published_at as Date).toISOString()).toBe(publishAt.instant.toISOString());

    await page.goto('/studio/posts');
    await expect(page.getByRole('row').filter({ hasText: 'Veste en lin' })).toContainText(/Programmé.*10:00/);

    // A follower's paid order, as the checkout would have stored it. Written directly: the post is
    // scheduled for tomorrow and the brand has no payouts, so no checkout could place it yet.
    const buyer = await signUpViaApi(request, 'Camille Martin');
    const [order] = await sql`insert into orders (buyer_id, brand_id, post_id, variant_id, item_label, quantity, unit_price_minor, amount_minor, platform_fee_minor, currency, status, expires_at)
      values (${buyer.id}, ${post!.brand_id}, ${postId}, ${post!.variant_id}, 'M', 1, 123450, 123450, 6172, 'EUR', 'paid', now() + interval '15 minutes') returning id, created_at`;
    const orderedAt = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', ...FORMATS.dateTime.short }).format(order!.created_at as Date);

    await page.goto('/studio/orders');
    await expect(page.getByRole('heading', { name: 'Commandes' })).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: 'Camille Martin' });
    await expect(row).toContainText(FRENCH_TOTAL);
    await expect(row).toContainText('Payé');
    await expect(row).toContainText(orderedAt);
    await expect(page.getByRole('columnheader', { name: 'Expédition' })).toBeVisible();

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Exporter en CSV' }).click();
    const csv = await readFile((await (await download).path())!, 'utf8');
    expect((await download).suggestedFilename()).toMatch(new RegExp(`^${handle}-commandes-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const [header, line] = csv.split('\r\n');
    expect(header).toMatch(/^"N° de commande","Créée le \(UTC\)","Code du statut","Statut","Acheteur",/);
    expect(header).toContain('"Montant","Frais de plateforme","Votre part"');
    expect(line).toContain(`"${order!.id}"`);
    expect(line).toContain('"paid","Payé"');
    expect(line).toContain('"EUR","1234.50","61.72","1172.78"');

    await row.getByRole('link').click();
    await expect(page).toHaveTitle(/Commande/);
    await expect(page.getByRole('definition').filter({ hasText: FRENCH_TOTAL })).toBeVisible();
    await expect(page.getByText('Frais de plateforme')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Expédier' })).toBeVisible();

    await page.goto('/studio/insights');
    await expect(page.getByRole('heading', { name: 'Statistiques', exact: true })).toBeVisible();
    await expect(page.locator('.studio-totals')).toContainText(FRENCH_TOTAL);
    await expect(page.getByRole('img', { name: 'Vues, paiements commencés et commandes payées par jour' })).toBeVisible();
  } finally {
    await sql.end();
  }
});
