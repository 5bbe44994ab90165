// Decodes Stripe's form encoding (`a[b][0][c]=v`, `expand[]=x`) into nested objects and arrays.

export type FormValue = string | FormValue[] | { [key: string]: FormValue };
export type FormObject = { [key: string]: FormValue };

const FORBIDDEN_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

export class FormParamError extends Error {}

function splitKey(key: string): string[] {
  const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(key);
  if (!match) throw new FormParamError(`Invalid parameter name: ${key}`);
  const nested = [...match[2]!.matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1]!);
  return [match[1]!, ...nested];
}

type Draft = { [key: string]: Draft | string };

function insert(root: Draft, segments: string[], value: string, fullKey: string): void {
  let node = root;
  segments.forEach((rawSegment, index) => {
    if (FORBIDDEN_KEYS.has(rawSegment)) throw new FormParamError(`Invalid parameter name: ${fullKey}`);
    // `expand[]=a&expand[]=b` appends; Stripe's SDK sends indices, browsers and curl often send `[]`.
    const segment = rawSegment === '' ? String(Object.keys(node).length) : rawSegment;
    const last = index === segments.length - 1;
    if (last) {
      if (typeof node[segment] === 'object') throw new FormParamError(`Conflicting values for parameter: ${fullKey}`);
      node[segment] = value;
      return;
    }
    const child = node[segment];
    if (typeof child === 'string') throw new FormParamError(`Conflicting values for parameter: ${fullKey}`);
    node = child ?? (node[segment] = {});
  });
}

function finish(draft: Draft | string): FormValue {
  if (typeof draft === 'string') return draft;
  const keys = Object.keys(draft);
  const isArray = keys.length > 0 && keys.every((k) => /^\d+$/.test(k));
  if (isArray) {
    return keys
      .map(Number)
      .sort((a, b) => a - b)
      .map((k) => finish(draft[String(k)]!));
  }
  const out: FormObject = {};
  for (const key of keys) out[key] = finish(draft[key]!);
  return out;
}

export function parseFormParams(encoded: string): FormObject {
  const root: Draft = {};
  for (const [key, value] of new URLSearchParams(encoded)) insert(root, splitKey(key), value, key);
  return finish(root) as FormObject;
}
