import { describe, expect, it } from 'vitest';
import { buyFlow, initialBuyState, type BuyEvent, type BuyState } from './buy-flow';

const session = { orderId: 'o1', clientSecret: 'pi_1_secret_x', amountMinor: 5000, currency: 'eur', itemLabel: 'M', quantity: 2, expiresAt: '2026-01-01T00:15:00Z' };
const paid = { orderId: 'o1', paymentMethodSummary: 'Visa •••4242' };

function run(...events: BuyEvent[]): BuyState {
  return events.reduce(buyFlow, initialBuyState('m'));
}

describe('the Buy sheet flow', () => {
  it('a new option starts again from one unit', () => {
    expect(run({ type: 'pick-quantity', quantity: 3 }, { type: 'pick-option', variantId: 'l' })).toMatchObject({ variantId: 'l', quantity: 1 });
  });

  it('reserving shows progress, then the payment step; a refusal comes back with its message', () => {
    expect(run({ type: 'reserve' }).step).toEqual({ name: 'choose', starting: true, error: null });
    expect(run({ type: 'reserve' }, { type: 'reserved', session }).step).toEqual({ name: 'pay', session });
    expect(run({ type: 'reserve' }, { type: 'refused', message: 'Only 1 left.' }).step).toEqual({ name: 'choose', starting: false, error: 'Only 1 left.' });
  });

  it('the choice cannot change under a reserved order, only after going back', () => {
    const paying = run({ type: 'pick-quantity', quantity: 2 }, { type: 'reserve' }, { type: 'reserved', session });
    expect(buyFlow(paying, { type: 'pick-quantity', quantity: 5 })).toBe(paying);
    expect(buyFlow(paying, { type: 'change-choice' })).toMatchObject({ quantity: 2, step: { name: 'choose', starting: false, error: null } });
  });

  it('closing keeps a reserved order to come back to, and starts afresh after a receipt', () => {
    const paying = run({ type: 'reserve' }, { type: 'reserved', session });
    expect(buyFlow(paying, { type: 'closed' })).toBe(paying);
    const done = buyFlow(paying, { type: 'paid', paid });
    expect(done.step).toEqual({ name: 'paid', session, paid });
    expect(buyFlow(done, { type: 'closed' })).toMatchObject({ variantId: 'm', quantity: 1, step: { name: 'choose', error: null } });
  });

  it('a payment outcome only counts while paying, and a closed error does not come back', () => {
    expect(run({ type: 'paid', paid }).step.name).toBe('choose');
    expect(run({ type: 'refused', message: 'Sold out.' }, { type: 'closed' }).step).toEqual({ name: 'choose', starting: false, error: null });
  });
});
