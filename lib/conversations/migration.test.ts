// Migration 0008 moves the old flat inbox into conversations: checked on a database stopped just
// before it, holding the kinds of notices the app used to send.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import { migrationsFolder } from '@/db/open';
import { adminUrl } from '@/test/global-setup';

const name = `hashcart_convo_mig_${process.pid}_${Date.now()}`;
const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
let client: postgres.Sql;
let dir: string;

/** The migrations folder with the journal cut before `tag`. */
async function migrationsBefore(tag: string) {
  dir = await mkdtemp(path.join(os.tmpdir(), 'hashcart-convo-mig-'));
  await cp(migrationsFolder, dir, { recursive: true });
  const journalPath = path.join(dir, 'meta/_journal.json');
  const journal = JSON.parse(await readFile(journalPath, 'utf8')) as { entries: { tag: string }[] };
  journal.entries = journal.entries.slice(0, journal.entries.findIndex((entry) => entry.tag === tag));
  await writeFile(journalPath, JSON.stringify(journal));
  return dir;
}

beforeAll(async () => {
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  client = postgres(url.toString(), { max: 1, onnotice: () => {} });
  await migrate(drizzle(client), { migrationsFolder: await migrationsBefore('0008_inbox_into_conversations') });
});
afterAll(async () => {
  await client.end();
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
  await rm(dir, { recursive: true, force: true });
});

describe('migration 0008: the inbox into conversations', () => {
  it('puts order notices in the buyer–brand conversation for the side that got them, the rest in Hashcart; unread kept', async () => {
    await client`insert into users (id, name, email) values ('buyer', 'Ada', 'ada@example.test'), ('owner', 'Bo', 'bo@example.test')`;
    const [brand] = await client`insert into brands (owner_id, handle, name) values ('owner', 'ridge', 'Ridge') returning id`;
    const [post] = await client`insert into posts (brand_id, body, status) values (${brand!.id}, 'Tee', 'published') returning id`;
    const [variant] = await client`insert into variants (post_id, label, price_minor, currency, stock) values (${post!.id}, 'M', 2500, 'EUR', 5) returning id`;
    const [order] = await client`
      insert into orders (buyer_id, brand_id, post_id, variant_id, item_label, quantity, unit_price_minor, amount_minor, currency, status, expires_at)
      values ('buyer', ${brand!.id}, ${post!.id}, ${variant!.id}, 'M', 1, 2500, 2500, 'EUR', 'paid', now()) returning id`;
    const href = `/orders/${order!.id}`;
    await client`
      insert into inbox_messages (user_id, kind, body, href, read_at, created_at) values
        ('buyer', 'receipt', 'You paid €25.00 to @ridge for M ×1', ${href}, now(), now() - interval '3 minutes'),
        ('owner', 'new_order', 'New order: M ×1 for €25.00 from Ada', ${href}, null, now() - interval '2 minutes'),
        ('buyer', 'order_update', '@ridge shipped M ×1. Tracking: DHL 1', ${href}, null, now() - interval '1 minute'),
        ('buyer', 'moderation', 'Your report on a post: we hid it.', null, null, now())`;

    await migrate(drizzle(client), { migrationsFolder });

    const conversations = await client`select id, kind, buyer_id, brand_id, last_seq, buyer_unread, brand_unread from conversations order by kind`;
    expect(conversations.map((c) => [c.kind, c.buyer_id, c.brand_id, c.last_seq, c.buyer_unread, c.brand_unread])).toEqual([
      ['brand', 'buyer', brand!.id, 3, 1, 1],
      ['system', 'buyer', null, 1, 1, 0],
    ]);
    const messages = await client`
      select c.kind, m.seq, m.audience, m.message_key, m.params, m.order_id from conversation_messages m
      join conversations c on c.id = m.conversation_id order by c.kind, m.seq`;
    expect(messages.map((m) => [m.kind, m.seq, m.audience, m.message_key, m.params.body, m.order_id])).toEqual([
      ['brand', 1, 'buyer', 'notice.legacy', 'You paid €25.00 to @ridge for M ×1', order!.id],
      ['brand', 2, 'brand', 'notice.legacy', 'New order: M ×1 for €25.00 from Ada', order!.id],
      ['brand', 3, 'buyer', 'notice.legacy', '@ridge shipped M ×1. Tracking: DHL 1', order!.id],
      ['system', 1, 'buyer', 'notice.legacy', 'Your report on a post: we hid it.', null],
    ]);
    const [table] = await client`select to_regclass('inbox_messages') as still_there`;
    expect(table!.still_there).toBeNull();
  });
});
