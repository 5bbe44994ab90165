// A shopper pays through the Payment Element served by the Stripe emulator: a successful card, a decline then a
// retry on the same PaymentIntent, and 3-D Secure passed and failed. Self-contained: starts the emulator and a
// bare checkout page on random ports, so it needs neither the app nor a baseURL.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import Stripe from 'stripe';
import { startStripeEmulator, type StripeEmulator } from '../tools/stripe-emulator';

let emulator: StripeEmulator;
let stripe: Stripe;
let pageServer: Server;
let pageUrl: string;

function checkoutPage(stripeJsUrl: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Checkout</title><script src="${stripeJsUrl}"></script></head>
<body>
  <h1>Checkout</h1>
  <form id="checkout">
    <div id="address-element"></div>
    <div id="payment-element"></div>
    <button type="submit" id="pay">Pay</button>
  </form>
  <p id="result" role="status"></p>
  <script>
    const clientSecret = new URLSearchParams(location.search).get('cs');
    const stripe = Stripe('pk_test_e2e');
    const elements = stripe.elements({ clientSecret });
    elements.create('address', { mode: 'shipping' }).mount('#address-element');
    const payment = elements.create('payment');
    payment.on('ready', () => document.body.dataset.ready = 'true');
    payment.mount('#payment-element');
    document.getElementById('checkout').addEventListener('submit', async (event) => {
      event.preventDefault();
      const result = document.getElementById('result');
      result.textContent = '';
      const { error, paymentIntent } = await stripe.confirmPayment({
        elements,
        redirect: 'if_required',
        confirmParams: { return_url: location.origin + '/done' },
      });
      result.textContent = error ? error.message : 'Payment ' + paymentIntent.status;
    });
  </script>
</body>
</html>`;
}

test.beforeAll(async () => {
  emulator = await startStripeEmulator({ port: 0 });
  stripe = new Stripe('sk_test_e2e', { host: '127.0.0.1', port: emulator.port, protocol: 'http' });
  const html = checkoutPage(`${emulator.url}/js/stripe.js`);
  // Served from "localhost" so the page and the emulator (127.0.0.1) are different origins, as in the app.
  pageServer = createServer((req, res) => {
    if (req.url?.startsWith('/checkout')) res.writeHead(200, { 'Content-Type': 'text/html' }).end(html);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => pageServer.listen(0, '127.0.0.1', resolve));
  pageUrl = `http://localhost:${(pageServer.address() as AddressInfo).port}/checkout`;
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => pageServer.close(() => resolve()));
  await emulator.close();
});

async function openCheckout(page: Page, amount = 2500): Promise<{ intent: Stripe.PaymentIntent; card: FrameLocator }> {
  const intent = await stripe.paymentIntents.create({ amount, currency: 'usd', automatic_payment_methods: { enabled: true } });
  await page.goto(`${pageUrl}?cs=${encodeURIComponent(intent.client_secret ?? '')}`);
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  const address = page.frameLocator('iframe[title="Secure address input frame"]');
  await address.getByLabel('Full name').fill('Ada Lovelace');
  await address.getByLabel('Address line 1').fill('1 Analytical Way');
  await address.getByLabel('City').fill('San Francisco');
  await address.getByLabel('Postal code').fill('94107');
  return { intent, card: page.frameLocator('iframe[title="Secure payment input frame"]') };
}

async function enterCard(card: FrameLocator, number: string): Promise<void> {
  await card.getByLabel('Card number').fill(number);
  await card.getByLabel('Expiration date').fill('12 / 34');
  await card.getByLabel('Security code').fill('123');
  await card.getByLabel('ZIP').fill('94107');
}

test('pays with a card that succeeds, with the shipping address on the payment', async ({ page }) => {
  const { intent, card } = await openCheckout(page);
  await enterCard(card, '4242 4242 4242 4242');
  await page.getByRole('button', { name: 'Pay' }).click();
  await expect(page.getByRole('status')).toHaveText('Payment succeeded');
  const paid = await stripe.paymentIntents.retrieve(intent.id, { expand: ['payment_method'] });
  expect(paid.status).toBe('succeeded');
  expect(paid.shipping?.name).toBe('Ada Lovelace');
  expect((paid.payment_method as Stripe.PaymentMethod).card?.last4).toBe('4242');
});

test('shows inline validation and does not submit an incomplete card', async ({ page }) => {
  const { intent, card } = await openCheckout(page);
  await card.getByLabel('Card number').fill('4242 4242');
  await card.getByLabel('Expiration date').fill('01 / 20');
  await page.getByRole('button', { name: 'Pay' }).click();
  await expect(card.getByText('Your card number is incomplete.')).toBeVisible();
  await expect(card.getByText("Your card's expiration date is in the past.")).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Your card number is incomplete.');
  expect((await stripe.paymentIntents.retrieve(intent.id)).status).toBe('requires_payment_method');
});

test('shows a decline, then pays on the same PaymentIntent with another card', async ({ page }) => {
  const { intent, card } = await openCheckout(page);
  await enterCard(card, '4000 0000 0000 0002');
  await page.getByRole('button', { name: 'Pay' }).click();
  await expect(page.getByRole('status')).toHaveText('Your card was declined.');
  const declined = await stripe.paymentIntents.retrieve(intent.id);
  expect(declined.status).toBe('requires_payment_method');
  expect(declined.last_payment_error?.decline_code).toBe('generic_decline');

  await card.getByLabel('Card number').fill('4242 4242 4242 4242');
  await page.getByRole('button', { name: 'Pay' }).click();
  await expect(page.getByRole('status')).toHaveText('Payment succeeded');
  const paid = await stripe.paymentIntents.retrieve(intent.id);
  expect(paid.status).toBe('succeeded');
  expect((await stripe.charges.list({ payment_intent: intent.id })).data.map((c) => c.status)).toEqual(['succeeded', 'failed']);
});

test('passes a 3-D Secure challenge', async ({ page }) => {
  const { intent, card } = await openCheckout(page);
  await enterCard(card, '4000 0025 0000 3155');
  await page.getByRole('button', { name: 'Pay' }).click();
  const challenge = page.frameLocator('iframe[title="3D Secure 2 Test Page"]');
  await expect(page.getByRole('dialog', { name: '3D Secure authentication' })).toBeVisible();
  expect((await stripe.paymentIntents.retrieve(intent.id)).status).toBe('requires_action');
  await challenge.getByRole('button', { name: 'Complete' }).click();
  await expect(page.getByRole('status')).toHaveText('Payment succeeded');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect((await stripe.paymentIntents.retrieve(intent.id)).status).toBe('succeeded');
});

test('fails a 3-D Secure challenge and can retry', async ({ page }) => {
  const { intent, card } = await openCheckout(page);
  await enterCard(card, '4000 0025 0000 3155');
  await page.getByRole('button', { name: 'Pay' }).click();
  await page.frameLocator('iframe[title="3D Secure 2 Test Page"]').getByRole('button', { name: 'Fail' }).click();
  await expect(page.getByRole('status')).toContainText('failed authentication');
  const failed = await stripe.paymentIntents.retrieve(intent.id);
  expect(failed.status).toBe('requires_payment_method');
  expect(failed.last_payment_error?.code).toBe('payment_intent_authentication_failure');
});
