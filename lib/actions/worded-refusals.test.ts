// Refusals, field errors and confirmations reach the person in their own language: the guard words
// the keys lib/ throws and the schemas name, with their numbers, money and dates written locally.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { actionEnvironment, form, sessionCookie, useActionStripe } from '@/test/action-calls';
import { eq } from 'drizzle-orm';
import { posts, users } from '@/db/schema';
import type { Db } from '@/db/open';
import { testDb } from '@/test/database';
import { makeBrand, makePost } from '@/test/factories';
import { setRequestHeaders } from '@/test/next-request';
import { flattenKeys, messageArguments } from '@/test/i18n/scan';
import { LANGUAGES } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';
import { moneyParams } from '@/lib/i18n/money-params';

const origin = 'http://localhost:3998';
actionEnvironment({ origin, admin: 'worded-admin@example.test' });
useActionStripe();

const { hidePostAction } = await import('@/lib/actions/admin/hide-post');
const { createPost } = await import('@/lib/actions/posts/create-post');

let db: Db;

beforeAll(async () => {
  db = await testDb();
});

describe('the guard words refusals in the reader’s language', () => {
  it('an Italian admin: a too-short reason and an unknown target in Italian, the confirmation in Italian, nothing hidden on refusal', async () => {
    const session = await sessionCookie('worded-admin@example.test');
    const post = await makePost(db, (await makeBrand(db)).id);
    setRequestHeaders({ origin, cookie: `${session}; hashcart_locale=it`, 'accept-language': 'en' });
    expect(await hidePostAction(null, form({ targetId: post.id, reason: 'no' }))).toMatchObject({
      ok: false,
      error: 'invalid_input',
      message: 'Correggi i campi evidenziati.',
      fieldErrors: { reason: 'Indica un motivo: viene mostrato alle persone coinvolte e conservato nel registro attività.' },
    });
    expect((await db.select().from(posts).where(eq(posts.id, post.id)))[0]!.status).toBe('published');
    expect(await hidePostAction(null, form({ targetId: 'nope', reason: 'Contraffazione' }))).toMatchObject({ fieldErrors: { targetId: 'Elemento sconosciuto.' } });
    expect(await hidePostAction(null, form({ targetId: post.id, reason: 'Contraffazione' }))).toMatchObject({ ok: true, message: 'Nascosto: il post è sparito dai feed e non si può più comprare.' });
    expect((await db.select().from(posts).where(eq(posts.id, post.id)))[0]!.status).toBe('hidden');
    // A refusal thrown in lib/ (the post is hidden already) is worded too.
    expect(await hidePostAction(null, form({ targetId: post.id, reason: 'Di nuovo' }))).toMatchObject({ ok: false, error: 'conflict', message: expect.stringMatching(/^Solo un post/) });
  });

  it('a German brand: zod’s own limits and a refusal with a param, in German with the numbers of the schema', async () => {
    const email = `worded-brand-${crypto.randomUUID()}@example.test`;
    const session = await sessionCookie(email);
    const [owner] = await db.select().from(users).where(eq(users.email, email));
    await makeBrand(db, owner!.id);
    setRequestHeaders({ origin, cookie: session, 'accept-language': 'de-DE,de;q=0.9' });
    const base = { title: 'Ridge Tee', body: 'A tee', currency: 'EUR', variantLabel: 'M', variantPrice: '25', variantStock: '3', publishMode: 'draft' };
    expect(await createPost(null, form({ ...base, maxPerOrder: '500' }))).toMatchObject({ ok: false, fieldErrors: { maxPerOrder: 'Höchstens 99.' } });
    expect(await createPost(null, form({ ...base, title: 'x'.repeat(300) }))).toMatchObject({ fieldErrors: { title: expect.stringMatching(/^Der Titel darf höchstens \d+ Zeichen lang sein\.$/) } });
    expect(await createPost(null, form({ ...base, variantPrice: 'zwölf' }))).toMatchObject({ fieldErrors: { 'variants.0.price': '„zwölf“ ist kein Preis.' } });
  });
});

describe('every refusal, confirmation and admin text can be worded in every language', () => {
  const areas = ['errors', 'outcomes', 'admin'];
  const sample = (name: string) => (['count', 'min', 'max', 'days', 'stock', 'amount', 'opensAt', 'entry'].includes(name) ? 2 : name === 'from' || name === 'type' ? 'other' : 'x');
  for (const language of LANGUAGES) {
    it(language, async () => {
      const say = await translatorFor(language, 'Europe/Rome');
      for (const area of areas) {
        const keys = flattenKeys(JSON.parse(readFileSync(path.join(process.cwd(), 'messages', language, `${area}.json`), 'utf8')), area);
        for (const [key, text] of keys) {
          const params = Object.fromEntries(messageArguments(text).map((name) => [name, new RegExp(`\\{\\s*${name}\\s*,\\s*(date|time)`).test(text) ? Date.now() : sample(name)]));
          // Rich-text tags (<link>…</link>) get a function, as t.rich gives them in the component.
          for (const [, tag] of text.matchAll(/<(\w+)>/g)) Object.assign(params, { [tag!]: (chunks: string[]) => chunks.join('') });
          const worded = say(key, { ...params, ...(text.includes(', money}') ? { currency: 'EUR' } : {}) });
          expect(worded, key).not.toBe(key);
          expect(worded, key).not.toMatch(/[{}]/);
        }
      }
    });
  }

  it('money and dates in a refusal follow the reader: 1.234,50 € in Munich, a draw opening at Rome time', async () => {
    expect((await translatorFor('de-DE'))('errors.order.refundTooLarge', moneyParams(123450, 'EUR'))).toBe('Es lassen sich höchstens noch 1.234,50\u00a0€ erstatten.');
    expect((await translatorFor('fr-FR'))('errors.order.refundTooLarge', moneyParams(5000, 'JPY'))).toMatch(/^Vous pouvez encore rembourser 5\s000\s(¥|JPY) au plus\.$/u);
    const opens = Date.parse('2026-11-23T19:30:00Z');
    expect((await translatorFor('it-IT', 'Europe/Rome'))('errors.draw.opensAt', { opensAt: opens })).toBe('Le iscrizioni aprono il 23 nov 2026, 20:30.');
  });
});
