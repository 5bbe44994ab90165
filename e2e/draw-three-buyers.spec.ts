// A fair-launch draw from launch to the last inbox message: three buyers enter (two in the sheet,
// saving a card there, one by replying #buy M with a saved card), entries close, one winner is charged
// off-session, the other's bank asks for 3-D Secure so he is offered 30 minutes to pay — the third
// waits as next in line until he completes the challenge from the post, then hears "not this time";
// the draw can be verified from its page.
import { createHash } from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { shuffleEntries } from '../lib/draws/shuffle';
import { fillCard } from './support/checkout';
import { closeDrawEntries, makeSavedCard } from '../test/factories';
import { e2eSql, withDomain } from './support/db';
import { E2E_DATABASE_URL } from './support/environment';
import { openConversation } from './support/inbox';
import { createShop, signUpViaApi } from './support/shop';

async function buyerPage(browser: Browser, name: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const user = await signUpViaApi(page.request, name);
  return { page, user };
}

async function enterInSheet(page: Page, postId: string, card: string, threeDSecure: boolean) {
  await page.goto(`/p/${postId}`);
  await page.getByRole('button', { name: 'Enter the draw' }).click();
  const sheet = page.getByRole('dialog');
  await sheet.getByRole('radio', { name: /^M/ }).check();
  await sheet.getByRole('button', { name: '+ Use a new card' }).click();
  await fillCard(page, card);
  await sheet.getByRole('button', { name: 'Save card' }).click();
  if (threeDSecure) await page.frameLocator('iframe[title="3D Secure 2 Test Page"]').getByRole('button', { name: 'Complete' }).click();
  await expect(sheet.getByRole('radio', { name: 'New card (saved)' })).toBeChecked({ timeout: 20_000 });
  await sheet.getByRole('button', { name: 'Enter the draw' }).click();
  await expect(page.getByRole('status').filter({ hasText: "You're in: entry #" })).toBeVisible();
}

/** Reloads until the post's draw panel says `text` (the close tick runs every 15 seconds). */
async function waitForPanel(page: Page, postId: string, text: RegExp) {
  await expect(async () => {
    await page.goto(`/p/${postId}`);
    await expect(page.getByRole('region', { name: 'Fair-launch draw' })).toContainText(text, { timeout: 1000 });
  }).toPass({ timeout: 90_000, intervals: [2000] });
}

test('three enter (one by #buy reply), two win — one is charged, one confirms with the bank from the post — and the third is told "not this time"', async ({ browser }) => {
  test.setTimeout(240_000);
  const owner = await browser.newContext();
  const ownerPage = await owner.newPage();
  const shop = await createShop(ownerPage.request, [{ label: 'M', priceMinor: 2500, stock: 5 }]);

  // The brand launches the post as a draw of 2 units.
  await ownerPage.goto(`/p/${shop.postId}`);
  const form = ownerPage.getByRole('form', { name: 'Launch as a draw' });
  await form.getByLabel(/^M/).fill('2');
  await form.getByRole('button', { name: 'Launch draw' }).click();
  // The form gives way to the draw itself (the owner cannot enter their own draw).
  await expect(ownerPage.getByRole('region', { name: 'Fair-launch draw' })).toContainText('0 entered');
  await expect(ownerPage.getByRole('button', { name: 'Enter the draw' })).toHaveCount(0);

  // The brand's feed shows the draw on the post's card, and counts entries as they come (no reload).
  const feed = await owner.newPage();
  await feed.goto(`/brands/${shop.handle}`);
  const drawLine = feed.locator(`[data-live-draw="${shop.postId}"]`);
  await expect(drawLine).toHaveText(/^Draw · entries open · closes in .+ · 0 entered$/);

  const ada = await buyerPage(browser, 'Ada Entrant');
  await enterInSheet(ada.page, shop.postId, '4242424242424242', false);
  await expect(drawLine).toContainText('· 1 entered');
  const ben = await buyerPage(browser, 'Ben Entrant');
  await enterInSheet(ben.page, shop.postId, '4000002760003184', true);
  await expect(drawLine).toContainText('· 2 entered');

  // Cy already has a saved card, so a #buy reply enters the draw with it.
  const cy = await buyerPage(browser, 'Cy Replier');
  await withDomain((db, stripe) => makeSavedCard(db, stripe, cy.user.id, '5555555555554444'));
  const sql = e2eSql(E2E_DATABASE_URL);
  try {
    await cy.page.goto(`/p/${shop.postId}`);
    await expect(cy.page.getByRole('region', { name: 'Fair-launch draw' })).toContainText('2 entered');
    await cy.page.getByLabel('Your reply').fill('Hope I get one #buy M');
    await cy.page.getByRole('button', { name: 'Reply', exact: true }).click();
    await expect(cy.page.getByText(/You're in the draw for M — entry #\d+, with Mastercard/)).toBeVisible();

    // Entries close. The seed is chosen (and its commitment updated) so Cy is last in the shuffle.
    const entries = (await sql`select e.id::int as id, e.user_id from draw_entries e join draws d on d.id = e.draw_id where d.post_id = ${shop.postId} and e.status = 'entered'`) as unknown as { id: number; user_id: string }[];
    expect(entries).toHaveLength(3);
    const cyEntry = entries.find((entry) => entry.user_id === cy.user.id)!.id;
    let seed = '';
    for (let i = 0; ; i++) {
      seed = createHash('sha256').update(`e2e-${i}`).digest('hex');
      if (shuffleEntries(seed, entries.map((entry) => entry.id))[2] === cyEntry) break;
    }
    await withDomain((db) => closeDrawEntries(db, shop.postId, seed));
  } finally {
    await sql.end();
  }

  // Ada's card is charged off-session; Ben's bank wants him: he has 30 minutes and a Pay button.
  await waitForPanel(ada.page, shop.postId, /You won and paid/);
  // The card on the brand's feed, still open since launch, has followed the close.
  await expect(drawLine).toHaveText('Drawn · 3 entered');
  await waitForPanel(ben.page, shop.postId, /Your bank needs you to confirm/);
  await expect(ben.page.getByRole('region', { name: 'Fair-launch draw' })).toContainText(/\d+:\d\d left/);

  // Cy is next in the shuffle: until Ben pays or his 30 minutes pass, Cy waits rather than hearing "no".
  await waitForPanel(cy.page, shop.postId, /You're in: entry #\d+/);
  await openConversation(ada.page, /Shop/);
  await expect(ada.page.getByRole('list', { name: 'Messages' })).toContainText('You won the draw');

  // Ben presses Pay: the bank's challenge opens over the post, he completes it and stays on the post.
  await ben.page.getByRole('button', { name: /^Pay with Visa/ }).click();
  await ben.page.frameLocator('iframe[title="3D Secure 2 Test Page"]').getByRole('button', { name: 'Complete' }).click();
  await expect(ben.page.getByRole('region', { name: 'Fair-launch draw' })).toContainText('You won and paid', { timeout: 20_000 });
  expect(new URL(ben.page.url()).pathname).toBe(`/p/${shop.postId}`);

  // Both units are sold, so the next tick tells Cy; nobody else was charged.
  await waitForPanel(cy.page, shop.postId, /Not this time \(entry #\d+/);
  await openConversation(cy.page, /Hashcart/);
  await expect(cy.page.getByRole('list', { name: 'Messages' })).toContainText('You were not picked in the draw');
  const check = e2eSql(E2E_DATABASE_URL);
  try {
    const outcome = (await check`
      select u.id as user_id, e.status as entry, o.status as order_status
      from draw_entries e join draws d on d.id = e.draw_id join users u on u.id = e.user_id
      left join orders o on o.id = e.order_id
      where d.post_id = ${shop.postId}`) as unknown as { user_id: string; entry: string; order_status: string | null }[];
    const of = (id: string) => outcome.find((row) => row.user_id === id);
    expect(of(ada.user.id)).toMatchObject({ entry: 'won', order_status: 'paid' });
    expect(of(ben.user.id)).toMatchObject({ entry: 'won', order_status: 'paid' });
    expect(of(cy.user.id)).toMatchObject({ entry: 'lost', order_status: null });
    const [draw] = await check`select d.status from draws d where d.post_id = ${shop.postId}`;
    expect(draw!.status).toBe('finished');
    const [cyOrders] = await check`select count(*)::int as n from orders where buyer_id = ${cy.user.id}`;
    expect(cyOrders!.n).toBe(0);
  } finally {
    await check.end();
  }

  // Anyone can check the draw: the seed matches the commitment and the order recomputes.
  await cy.page.goto(`/p/${shop.postId}/draw`);
  await expect(cy.page.getByText('✓ SHA-256 of this seed equals the commitment above.')).toBeVisible();
  await expect(cy.page.getByText(/✓ Recomputed on this page/)).toBeVisible();
  await expect(cy.page.getByRole('table', { name: 'Entries in shuffled order' }).getByRole('row')).toHaveCount(4);
});
