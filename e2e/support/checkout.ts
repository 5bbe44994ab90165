import { expect, type Page } from '@playwright/test';

export async function openBuySheet(page: Page, postId: string, option: string, quantity = 1) {
  await page.goto(`/p/${postId}`);
  await page.getByRole('button', { name: 'Buy', exact: true }).click();
  const sheet = page.getByRole('dialog');
  await sheet.getByRole('radio', { name: new RegExp(`^${option} `) }).check();
  await sheet.getByLabel('Quantity').selectOption(String(quantity));
  await sheet.getByRole('button', { name: 'Continue to payment' }).click();
  return sheet;
}

/** Card fields live in the Payment Element's iframe, as with real Stripe. */
export async function fillCard(page: Page, number: string) {
  const card = page.frameLocator('iframe[title="Secure payment input frame"]');
  await card.getByLabel('Card number').fill(number);
  await card.getByLabel('Expiration date').fill('12 / 34');
  await card.getByLabel('Security code').fill('123');
  await card.getByLabel(/ZIP|Postal code/).fill('10001');
}

export async function fillShipping(page: Page) {
  const address = page.frameLocator('iframe[title="Secure address input frame"]');
  await address.getByLabel('Full name').fill('Bo Buyer');
  await address.getByLabel('Address line 1').fill('1 Main Street');
  await address.getByLabel('City').fill('New York');
  await address.getByLabel(/^State/).fill('NY');
  await address.getByLabel('Postal code').fill('10001');
}

export async function pay(page: Page, amount: string) {
  await page.getByRole('dialog').getByRole('button', { name: `Pay ${amount}` }).click();
}

export async function expectPaid(page: Page, text: RegExp | string) {
  await expect(page.getByRole('dialog').getByRole('status')).toContainText(text, { timeout: 30_000 });
}
