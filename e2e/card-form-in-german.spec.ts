// Stripe speaks the reader's language: the Payment Element is created with the page's locale, so a
// shopper whose browser asks for German reads the card form (here the emulator's Stripe.js stand-in)
// in German, and a declined card is explained in German too; an English browser still reads English.
import { expect, test, type Browser } from '@playwright/test';
import { signUpViaApi } from './support/shop';

async function cardFormFor(browser: Browser, locale: string, name: string) {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  await signUpViaApi(page.request, name);
  await page.goto('/settings/payments');
  // The page's own words are translated by another part of the work: find the button either way.
  await page.getByRole('button', { name: /Add a card|Karte/ }).click();
  return { page, card: page.frameLocator('iframe[title="Secure payment input frame"]'), context };
}

test('a de-DE shopper reads the card form in German; an en-US shopper in English', async ({ browser }) => {
  const german = await cardFormFor(browser, 'de-DE', 'Greta Kartenleserin');
  await expect(german.card.getByLabel('Kartennummer')).toBeVisible();
  await expect(german.card.getByLabel('Ablaufdatum')).toBeVisible();
  await expect(german.card.getByLabel('Sicherheitscode')).toBeVisible();
  await expect(german.card.getByLabel('Land')).toHaveValue('US');
  await expect(german.card.locator('select#country option[value="DE"]')).toHaveText('Deutschland');
  // The form's own check speaks German as well.
  await german.card.getByLabel('Kartennummer').fill('4242');
  await german.card.getByLabel('Ablaufdatum').click();
  await expect(german.card.getByText('Die Kartennummer ist unvollständig.')).toBeVisible();
  // A card the bank declines is explained in German (lib/payments/decline-messages.ts).
  await german.card.getByLabel('Kartennummer').fill('4000000000000002');
  await german.card.getByLabel('Ablaufdatum').fill('12 / 34');
  await german.card.getByLabel('Sicherheitscode').fill('123');
  await german.card.getByLabel('Postleitzahl').fill('10115');
  await german.page.getByRole('button', { name: /Save card|speichern/i }).click();
  await expect(german.page.getByText('Deine Karte wurde abgelehnt.', { exact: false })).toBeVisible();
  await german.context.close();

  const english = await cardFormFor(browser, 'en-US', 'Emma Cardreader');
  await expect(english.card.getByLabel('Card number')).toBeVisible();
  await expect(english.card.getByLabel('Kartennummer')).toHaveCount(0);
  await english.context.close();
});
