// The Stripe events the app acts on (lib/payments/events.ts has a handler for each). The webhook
// endpoint subscribes to these only, so Stripe (or the emulator) sends nothing the app would
// ignore: a checkout's customer.created and payment_intent.created cost no request. Import-free,
// so `npm start` and deploy scripts can register the endpoint without loading the app.
export const HANDLED_EVENT_TYPES = [
  'payment_intent.succeeded',
  'payment_intent.payment_failed',
  'payment_intent.canceled',
  'payment_intent.amount_capturable_updated',
  'account.updated',
  'charge.refunded',
] as const;

export type HandledEventType = (typeof HANDLED_EVENT_TYPES)[number];
