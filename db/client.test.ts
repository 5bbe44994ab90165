// DATABASE_READ_URL routing: the replica (here a read-only connection to the test database, as a
// hot standby would be) answers public reads; writes go to the primary.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { sql } from 'drizzle-orm';
import { getDatabase, getDb, getReadDatabase, getReadDb } from './client';

beforeAll(() => {
  process.env.DATABASE_URL = inject('databaseUrl');
  const replica = new URL(inject('databaseUrl'));
  replica.searchParams.set('default_transaction_read_only', 'on');
  process.env.DATABASE_READ_URL = replica.toString();
});
afterAll(async () => {
  await Promise.all([(await getReadDatabase()).close(), (await getDatabase()).close()]);
  delete process.env.DATABASE_READ_URL;
});

describe('read replica routing', () => {
  it('reads public data through the replica connection, named so in pg_stat_activity', async () => {
    const [row] = (await (await getReadDb()).execute(sql`select current_setting('application_name') as name, current_setting('transaction_read_only') as read_only`)) as unknown as {
      name: string;
      read_only: string;
    }[];
    expect(row).toEqual({ name: 'hashcart-read', read_only: 'on' });
  });

  it('writes through the primary, which the replica then serves', async () => {
    const db = await getDb();
    await db.execute(sql`create table if not exists replica_probe (id int primary key)`);
    await db.execute(sql`insert into replica_probe values (1)`);
    const rows = (await (await getReadDb()).execute(sql`select id from replica_probe`)) as unknown as { id: number }[];
    expect(rows).toEqual([{ id: 1 }]);
    await expect((await getReadDb()).execute(sql`insert into replica_probe values (2)`)).rejects.toMatchObject({ cause: { code: '25006' } }) // read_only_sql_transaction;
  });
});
