// #13: a shopper in Munich — browser in German — buys by replying with the German tag, pays in a
// card form that speaks German, and reads the receipt in German in the inbox. The words expected are
// read from the German messages (and the Stripe.js stand-in's German words), so the test follows
// the translators' wording while still failing on any English left on the way.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { FRAME_WORDS } from '../tools/stripe-emulator/browser/frame-words';
import { e2eSql } from './support/db';
import { createShop, signInNewBuyer } from './support/shop';

type Messages = { [key: string]: string | Messages };
const german = (area: string): Messages => JSON.parse(readFileSync(`messages/de/${area}.json`, 'utf8')) as Messages;
function word(messages: Messages, path: string): string {
  const value = path.split('.').reduce<string | Messages | undefined>((node, key) => (typeof node === 'object' ? node[key] : undefined), messages);
  if (typeof value !== 'string') throw new Error(`no German message ${path}`);
  return value;
}
/** An ICU message as a pattern: its arguments match anything, its tags nothing. */
function pattern(message: string): RegExp {
  const text = message.replace(/<\/?\w+>/g, '');
  return new RegExp(text.split(/\{[^}]*\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+'));
}

test.use({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });

test('a de-DE shopper replies #kaufen M, pays in German and reads the receipt in German', async ({ page }) => {
  const replies = german('replies');
  const checkout = german('checkout');
  const inbox = german('inbox');
  const card = FRAME_WORDS.de;
  const shop = await createShop(page.request, [
    { label: 'M', priceMinor: 2500, stock: 5 },
    { label: 'L', priceMinor: 2500, stock: 5 },
  ]);
  const buyer = await signInNewBuyer(page, 'Lena Käuferin');
  await page.goto(`/p/${shop.postId}`);
  await expect(page.locator('html')).toHaveAttribute('lang', /^de/);

  // The post keeps the default tag, so a German reader is shown the German one.
  await expect(page.getByLabel(word(replies, 'composer.label'))).toHaveAttribute('placeholder', /#kaufen M/);

  // Without a size the brand asks which one — in German, with the German tag — and keeps the question as a key.
  await page.getByLabel(word(replies, 'composer.label')).fill('#kaufen');
  await page.getByRole('button', { name: word(replies, 'composer.reply'), exact: true }).click();
  const question = word(replies, 'answers.whichOne').replace('{options}', 'M, L').replace('{tag}', 'kaufen').replace('{example}', 'M');
  await expect(page.getByRole('listitem', { name: word(replies, 'item.from').replace('{name}', `Shop ${shop.handle}`) })).toContainText(question);
  const answerSql = e2eSql();
  try {
    const answers = await answerSql`select body, message_key, message_params from replies where post_id = ${shop.postId} and as_brand_id is not null`;
    expect(answers.map((row) => ({ ...row }))).toEqual([{ body: null, message_key: 'replies.answers.whichOne', message_params: { options: 'M, L', example: 'M' } }]);
  } finally {
    await answerSql.end();
  }
  await page.getByLabel(word(replies, 'composer.label')).fill('Wie schön! #kaufen M');
  await page.getByRole('button', { name: word(replies, 'composer.reply'), exact: true }).click();
  const sheet = page.getByRole('dialog', { name: word(replies, 'thread.checkoutTitle') });
  await expect(sheet).toContainText('25,00 €');

  const form = page.frameLocator('iframe[title="Secure payment input frame"]');
  await form.getByLabel(card.number).fill('4242 4242 4242 4242');
  await form.getByLabel(card.expiry).fill('12 / 34');
  await form.getByLabel(card.cvc).fill('123');
  await form.getByLabel(card.postalCode).fill('80331');
  const address = page.frameLocator('iframe[title="Secure address input frame"]');
  await address.getByLabel(card.address.name).fill('Lena Käuferin');
  await address.getByLabel(card.address.line1).fill('Marienplatz 1');
  await address.getByLabel(card.address.city).fill('München');
  await address.getByLabel(card.address.postalCode).fill('80331');
  await sheet.getByRole('button', { name: pattern(word(checkout, 'payment.pay')) }).click();
  await expect(page.getByRole('status').filter({ hasText: pattern(word(replies, 'purchase.paid')) })).toBeVisible({ timeout: 30_000 });

  const sql = e2eSql();
  try {
    const orders = await sql`select status, source, quantity, amount_minor from orders where buyer_id = ${buyer.id}`;
    expect(orders.map((row) => ({ ...row }))).toEqual([{ status: 'paid', source: 'reply', quantity: 1, amount_minor: 2500 }]);
  } finally {
    await sql.end();
  }

  // The receipt, in the brand's conversation, reads in German with the amount written the German way.
  await page.goto('/inbox');
  await page.getByRole('navigation', { name: word(inbox, 'list.label') }).getByRole('link', { name: new RegExp(`@${shop.handle}`) }).first().click();
  const messages = page.getByRole('list', { name: word(inbox, 'thread.messages') });
  await expect(messages).toContainText(word(inbox, 'cards.receipt.buyerTitle'));
  await expect(messages).toContainText('25,00 €');
  await expect(messages).not.toContainText('Receipt');
});
