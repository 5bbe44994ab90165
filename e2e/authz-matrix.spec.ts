// The authorisation matrix, generated from the build: every server action in the server-reference
// manifest and every route in the app-paths manifest, called over HTTP as each persona, compared
// with e2e/authz/expectations.ts. A new action or route without a row fails here.
import { test, expect, type APIRequestContext, type APIResponse } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ACTIONS, PERSONAS, ROUTES, ROUTES_NOT_IN_MATRIX, type ActionOutcome, type ActionRow, type Persona, type RouteOutcome } from './authz/expectations';
import { createShop, signUpViaApi } from './support/shop';
import { addProhibitedTerm } from '../lib/moderation/prohibited-terms';
import { makeAdmin } from '../test/factories';
import { e2eSql, withDomain } from './support/db';
import { E2E_PORT } from './support/environment';

const ORIGIN = `http://localhost:${E2E_PORT}`;
const DIST = process.env.NEXT_DIST_DIR ?? '.next';
const DENIALS = new Set(['unauthenticated', 'forbidden', 'not_owner', 'not_found', 'banned']);

interface ManifestAction {
  filename: string;
  exportedName: string;
  workers: Record<string, unknown>;
}

function builtActions(): { id: string; key: string; page: string }[] {
  const manifest = JSON.parse(readFileSync(path.join(DIST, 'server/server-reference-manifest.json'), 'utf8')) as { node: Record<string, ManifestAction> };
  return Object.entries(manifest.node).map(([id, action]) => ({ id, key: `${action.filename}#${action.exportedName}`, page: pageOf(Object.keys(action.workers)) }));
}

function builtRoutes(): string[] {
  return Object.keys(JSON.parse(readFileSync(path.join(DIST, 'server/app-paths-manifest.json'), 'utf8')) as Record<string, string>);
}

/** A page that bundles the action, as a URL (a static one when there is one). */
function pageOf(workers: string[]): string {
  const urls = workers.map((worker) => worker.replace(/^app/, '').replace(/\/(page|route)$/, '').replace(/\/\([^)]*\)/g, '') || '/');
  return urls.find((url) => !url.includes('[')) ?? '/';
}

type Fixtures = Record<string, string>;

function fill(value: string, fixtures: Fixtures): string {
  return value.replace(/\$(\w+)/g, (whole, name: string) => fixtures[name] ?? whole);
}

async function callAction(context: APIRequestContext, action: { id: string; page: string }, input: ActionRow['input'], fixtures: Fixtures) {
  const args = Object.fromEntries(
    Object.entries(input).map(([key, value]) => [key, Array.isArray(value) ? value.map((v) => fill(v, fixtures)) : typeof value === 'string' ? fill(value, fixtures) : value]),
  );
  const response = await context.post(action.page, {
    headers: { 'next-action': action.id, 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component', origin: ORIGIN },
    data: JSON.stringify([null, args]),
    maxRedirects: 0,
  });
  return outcomeOf(response);
}

async function outcomeOf(response: APIResponse): Promise<string> {
  if (response.status() >= 500) return `${response.status()}`;
  if (response.headers()['x-action-redirect']) return 'redirect';
  const text = await response.text();
  const row = text.split('\n').find((line) => line.startsWith('1:'));
  if (!row) return `unreadable ${response.status()}`;
  const result = JSON.parse(row.slice(2)) as { ok?: boolean; error?: string } | null;
  if (result && result.ok === false && result.error) return result.error;
  return 'ok';
}

/** The actual outcome in the matrix's terms: denials exactly, anything else past authorisation as 'allowed'. */
function judged(actual: string, expected: ActionOutcome): string {
  if (actual === expected) return actual;
  if (DENIALS.has(actual) || /^\d+$|^unreadable/.test(actual) || actual === 'redirect') return actual;
  return 'allowed';
}

async function routeOutcome(context: APIRequestContext, url: string): Promise<RouteOutcome | number | string> {
  const response = await context.get(url, { maxRedirects: 0 });
  const location = response.headers()['location'];
  if (response.status() >= 300 && response.status() < 400 && location) {
    const target = new URL(location, ORIGIN);
    if (target.pathname === '/sign-in') return 'sign-in';
    if (target.pathname === '/') return 'home';
    if (target.pathname === '/studio') return 'studio';
    return `redirect ${target.pathname}`;
  }
  return response.status();
}

test('every built server action and route has a row in e2e/authz/expectations.ts', () => {
  const missingActions = builtActions().map((action) => action.key).filter((key) => !ACTIONS[key]);
  const missingRoutes = builtRoutes().filter((route) => !ROUTES[route] && !ROUTES_NOT_IN_MATRIX[route]);
  expect({ missingActions, missingRoutes }).toEqual({ missingActions: [], missingRoutes: [] });
});

test('every action and route as every persona: the expected outcome, never a 5xx', async ({ playwright }) => {
  test.setTimeout(600_000);
  const contexts = {} as Record<Persona | 'spare', APIRequestContext>;
  for (const persona of [...PERSONAS, 'spare' as const]) contexts[persona] = await playwright.request.newContext({ baseURL: ORIGIN });
  const sql = e2eSql();
  const fixtures: Fixtures = {};
  const actions = builtActions().filter((action) => ACTIONS[action.key]);
  const call = (persona: Persona, key: string) => callAction(contexts[persona], actions.find((action) => action.key === key)!, ACTIONS[key]!.input, fixtures);

  try {
    const shop = await createShop(contexts.owner, [{ label: 'M', priceMinor: 2500, stock: 50 }]);
    const other = await createShop(contexts.otherBrand, [{ label: 'M', priceMinor: 2500, stock: 50 }]);
    const victim = await createShop(contexts.spare, [{ label: 'M', priceMinor: 2500, stock: 5 }]);
    Object.assign(fixtures, {
      post: shop.postId,
      variant: shop.variants.M!,
      brand: shop.brandId,
      brandHandle: shop.handle,
      otherBrand: other.brandId,
      otherBrandPost: other.postId,
      victimBrand: victim.brandId,
    });
    await signUpViaApi(contexts.follower, 'Matrix Follower');
    await signUpViaApi(contexts.buyer, 'Matrix Buyer');
    fixtures.victimUser = (await signUpViaApi(contexts.spare, 'Matrix Victim')).id;
    const banned = await signUpViaApi(contexts.banned, 'Matrix Banned');
    // Banned with the session still open: banUser would end it, and the guards must refuse such a session anyway.
    await sql`update users set banned_at = now() where id = ${banned.id}`;
    const admin = await contexts.admin.post('/api/auth/sign-up/email', { data: { email: 'admin@e2e.test', password: 'correct-horse-battery', name: 'Ada Admin' }, headers: { origin: ORIGIN } });
    if (!admin.ok()) {
      const signedIn = await contexts.admin.post('/api/auth/sign-in/email', { data: { email: 'admin@e2e.test', password: 'correct-horse-battery' }, headers: { origin: ORIGIN } });
      expect(signedIn.ok(), 'admin@e2e.test exists with another password').toBe(true);
    }
    fixtures.term = await withDomain(async (db) => (await addProhibitedTerm(db, await makeAdmin(db), { term: `matrix-${Date.now()}`, reason: 'Matrix fixture' })).targetId);

    // The buyer's open order and reply on the owner's post, made through the actions themselves.
    expect(await call('buyer', 'lib/actions/checkout/start-checkout.ts#startCheckout')).toBe('ok');
    fixtures.order = ((await sql`select o.id from orders o join users u on u.id = o.buyer_id where u.name = 'Matrix Buyer' and o.post_id = ${shop.postId} order by o.created_at desc limit 1`)[0]!.id as string);
    expect(await call('buyer', 'lib/actions/replies/post-reply.ts#postReply')).toBe('ok');
    fixtures.reply = ((await sql`select r.id from replies r where r.post_id = ${shop.postId} order by r.created_at desc limit 1`)[0]!.id as string);
  } finally {
    await sql.end();
  }

  const mismatches: string[] = [];
  const failures: string[] = [];
  for (const [route, row] of Object.entries(ROUTES)) {
    for (const persona of PERSONAS) {
      const actual = await routeOutcome(contexts[persona], fill(row.path, fixtures));
      if (typeof actual === 'number' && actual >= 500) failures.push(`${route} as ${persona}: ${actual}`);
      if (actual !== row.expect[persona]) mismatches.push(`route ${route} as ${persona}: expected ${row.expect[persona]}, got ${actual}`);
    }
  }
  // Persona by persona, sign-out last, so each persona keeps its session through its calls.
  const keys = Object.keys(ACTIONS).filter((key) => actions.some((action) => action.key === key));
  keys.sort((a, b) => Number(a.endsWith('#signOut')) - Number(b.endsWith('#signOut')));
  for (const persona of PERSONAS) {
    for (const key of keys) {
      const expected = ACTIONS[key]!.expect[persona];
      const raw = await call(persona, key);
      const actual = judged(raw, expected);
      if (/^\d+$/.test(actual)) failures.push(`${key} as ${persona}: HTTP ${actual}`);
      if (actual !== expected) mismatches.push(`${key} as ${persona}: expected ${expected}, got ${actual}${raw === actual ? '' : ` (${raw})`}`);
    }
  }
  console.log(`authorisation matrix: ${keys.length} actions and ${Object.keys(ROUTES).length} routes × ${PERSONAS.length} personas`);
  expect(failures, 'no 5xx anywhere').toEqual([]);
  expect(mismatches).toEqual([]);
  for (const context of Object.values(contexts)) await context.dispose();
});
