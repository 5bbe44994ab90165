import path from 'node:path';
import { mkdir } from 'node:fs/promises';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import * as schema from './schema';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Domain functions accept either the database or an open transaction. */
export type DbOrTx = Db | Tx;

export interface Database {
  db: Db;
  kind: 'postgres' | 'pglite';
  migrate(): Promise<void>;
  /** Postgres LISTEN on a channel; resolves to the matching UNLISTEN. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export const migrationsFolder = path.join(process.cwd(), 'db/migrations');
export const dataDir = () => process.env.HASHCART_DATA_DIR ?? path.join(process.cwd(), '.data');

/** `applicationName` shows in pg_stat_activity (a URL's own `application_name` wins). */
export async function openDatabase(url: string | undefined, { applicationName = 'hashcart' } = {}): Promise<Database> {
  if (url) {
    const { default: postgres } = await import('postgres');
    const { drizzle } = await import('drizzle-orm/postgres-js');
    const { migrate } = await import('drizzle-orm/postgres-js/migrator');
    const client = postgres(url, {
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      onnotice: () => {},
      connection: { application_name: applicationName },
    });
    const db = drizzle(client, { schema });
    return {
      db,
      kind: 'postgres',
      // Instances starting together take turns: the first applies the migrations, the rest find
      // them applied. The lock lives on one reserved connection for as long as the migration runs.
      migrate: async () => {
        const lock = await client.reserve();
        try {
          await lock`select pg_advisory_lock(hashtext('hashcart-migrate'))`;
          await migrate(db, { migrationsFolder });
        } finally {
          await lock`select pg_advisory_unlock(hashtext('hashcart-migrate'))`.catch(() => {});
          lock.release();
        }
      },
      listen: async (channel, onPayload) => {
        const { unlisten } = await client.listen(channel, onPayload);
        return unlisten;
      },
      close: () => client.end({ timeout: 5 }),
    };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  const dir = path.join(dataDir(), 'pglite');
  await mkdir(dir, { recursive: true });
  const client = new PGlite(dir);
  const db = drizzle(client, { schema });
  return {
    db,
    kind: 'pglite',
    migrate: () => migrate(db, { migrationsFolder }),
    listen: (channel, onPayload) => client.listen(channel, onPayload),
    close: () => client.close(),
  };
}
