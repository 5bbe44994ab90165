// `expand[]=latest_charge`, `expand[]=data.customer`, … : replace ids with the objects they name.
import { invalidRequest } from './errors';
import type { Collection, Store } from './store';

const MAX_DEPTH = 4;

const COLLECTION_BY_PREFIX: Record<string, Collection> = {
  pi: 'paymentIntents',
  seti: 'setupIntents',
  cus: 'customers',
  pm: 'paymentMethods',
  ch: 'charges',
  py: 'charges',
  re: 'refunds',
  acct: 'accounts',
};

export function findById(store: Store, id: string): object | undefined {
  const prefix = id.slice(0, id.indexOf('_'));
  const collection = COLLECTION_BY_PREFIX[prefix];
  if (!collection) return undefined;
  return store.peek(collection, id);
}

function expandPath(store: Store, target: unknown, segments: string[], fullPath: string): void {
  if (Array.isArray(target)) {
    for (const item of target) expandPath(store, item, segments, fullPath);
    return;
  }
  if (target === null || typeof target !== 'object') return;
  const record = target as Record<string, unknown>;
  const [field, ...rest] = segments;
  if (field === undefined) return;
  let value = record[field];
  if (value === undefined) throw invalidRequest(`This property cannot be expanded (${fullPath}).`, { param: 'expand' });
  if (typeof value === 'string') {
    const found = findById(store, value);
    if (!found) throw invalidRequest(`This property cannot be expanded (${fullPath}).`, { param: 'expand' });
    value = record[field] = structuredClone(found);
  }
  if (rest.length > 0) expandPath(store, value, rest, fullPath);
}

/** Works on a copy: stored objects keep ids. */
export function expandObject<T>(store: Store, object: T, paths: string[]): T {
  if (paths.length === 0) return object;
  const copy = structuredClone(object);
  for (const path of paths) {
    const segments = path.split('.');
    if (segments.length > MAX_DEPTH) {
      throw invalidRequest(`You cannot expand more than ${MAX_DEPTH} levels of a property. Property: ${path}`, { param: 'expand' });
    }
    expandPath(store, copy, segments, path);
  }
  return copy;
}
