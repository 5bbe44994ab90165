// The Buy sheet's state in one reducer: what the buyer picked, and which step they are on
// (choosing, paying a reserved order, or looking at the receipt).
import type { CheckoutSession } from '@/lib/checkout/start-checkout';
import type { PaidOrder } from './payment-step';

export type BuyStep =
  | { name: 'choose'; starting: boolean; error: string | null }
  | { name: 'pay'; session: CheckoutSession }
  | { name: 'paid'; session: CheckoutSession; paid: PaidOrder };

export interface BuyState {
  variantId: string;
  quantity: number;
  step: BuyStep;
}

export type BuyEvent =
  | { type: 'pick-option'; variantId: string }
  | { type: 'pick-quantity'; quantity: number }
  | { type: 'reserve' }
  | { type: 'reserved'; session: CheckoutSession }
  | { type: 'refused'; message: string }
  | { type: 'change-choice' }
  | { type: 'paid'; paid: PaidOrder }
  | { type: 'closed' };

const choosing: BuyStep = { name: 'choose', starting: false, error: null };

export function initialBuyState(variantId: string): BuyState {
  return { variantId, quantity: 1, step: choosing };
}

export function buyFlow(state: BuyState, event: BuyEvent): BuyState {
  switch (event.type) {
    case 'pick-option':
      // Another option has its own stock: start again from one.
      return state.step.name === 'choose' ? { ...state, variantId: event.variantId, quantity: 1 } : state;
    case 'pick-quantity':
      return state.step.name === 'choose' ? { ...state, quantity: event.quantity } : state;
    case 'reserve':
      return state.step.name === 'choose' ? { ...state, step: { name: 'choose', starting: true, error: null } } : state;
    case 'reserved':
      return state.step.name === 'choose' ? { ...state, step: { name: 'pay', session: event.session } } : state;
    case 'refused':
      return state.step.name === 'choose' ? { ...state, step: { name: 'choose', starting: false, error: event.message } } : state;
    case 'change-choice':
      return state.step.name === 'pay' ? { ...state, step: choosing } : state;
    case 'paid':
      return state.step.name === 'pay' ? { ...state, step: { name: 'paid', session: state.step.session, paid: event.paid } } : state;
    case 'closed':
      // A reserved order stays open to come back to; after a receipt the next open starts afresh.
      if (state.step.name === 'paid') return { ...state, quantity: 1, step: choosing };
      if (state.step.name === 'choose') return { ...state, step: { ...state.step, error: null } };
      return state;
  }
}
