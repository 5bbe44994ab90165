// Several instances starting at once all run their migrations against one database.
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import postgres from 'postgres';
import { openDatabase } from './open';

const name = `hashcart_scale_migrate_${process.pid}`;
const admin = postgres(inject('databaseUrl'), { max: 1, onnotice: () => {} });
const url = new URL(inject('databaseUrl'));
url.pathname = `/${name}`;

afterAll(async () => {
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
});

describe('migrate', () => {
  it('lets three instances migrate a fresh database at the same moment', async () => {
    await admin.unsafe(`create database ${name}`);
    const instances = await Promise.all([1, 2, 3].map(() => openDatabase(url.toString())));
    try {
      await Promise.all(instances.map((instance) => instance.migrate()));
      const check = postgres(url.toString(), { max: 1, onnotice: () => {} });
      const applied = await check`select count(*)::int as count from drizzle.__drizzle_migrations`;
      const files = (await import('./migrations/meta/_journal.json')).default.entries.length;
      await check.end();
      expect(applied[0]!.count).toBe(files);
    } finally {
      await Promise.all(instances.map((instance) => instance.close()));
    }
  });
});
