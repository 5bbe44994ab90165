// The one way to find a stored object by id: Stripe's `No such …` error when it is missing (or
// deleted), naming the parameter that held the id (400) or the URL's id (404).
import { noSuch } from '../errors';
import type { Collection, Collections, Transaction } from '../store';

/** Stripe's name for each kind of object in its errors. */
const RESOURCE_NAMES: Record<Collection, string> = {
  paymentIntents: 'payment_intent',
  setupIntents: 'setup_intent',
  customers: 'customer',
  paymentMethods: 'PaymentMethod',
  charges: 'charge',
  refunds: 'refund',
  accounts: 'account',
  accountLinks: 'account_link',
  events: 'event',
  webhookEndpoints: 'webhook_endpoint',
  deliveries: 'webhook_delivery',
  cards: 'card',
  authentications: 'authentication',
  idempotency: 'idempotency_key',
};

type Live<C extends Collection> = Exclude<Collections[C], { deleted: true }>;

export interface LookupOptions {
  /** The request parameter that named the object; without it the id came from the URL. */
  param?: string;
  /** Deleted customers and accounts are found too (retrieving one answers `deleted: true`). */
  deleted?: boolean;
}

export function lookup<C extends Collection>(tx: Transaction, collection: C, id: string, options: LookupOptions & { deleted: true }): Collections[C];
export function lookup<C extends Collection>(tx: Transaction, collection: C, id: string, options?: LookupOptions): Live<C>;
export function lookup<C extends Collection>(tx: Transaction, collection: C, id: string, options: LookupOptions = {}): Collections[C] {
  const found = tx.get(collection, id);
  const deleted = typeof found === 'object' && found !== null && 'deleted' in found && found.deleted === true;
  if (!found || (deleted && !options.deleted)) throw noSuch(RESOURCE_NAMES[collection], id, options.param);
  return found;
}
