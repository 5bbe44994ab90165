// One database handle per process: postgres.js when DATABASE_URL is set, otherwise an embedded
// PGlite database under .data/ so a new checkout runs with no set-up. DATABASE_READ_URL, when set,
// is a read replica for public reads that tolerate a moment's lag (brand pages); writes, anything
// read right after a write (checkout, settlement, a buyer's own orders) and fills of the public cache
// (which must not undo an invalidation) stay on the primary through getDb().
import 'server-only';
import { openDatabase, type Database } from './open';

const globalForDb = globalThis as unknown as { hashcartDb?: Promise<Database>; hashcartReadDb?: Promise<Database> };

export function getDatabase(): Promise<Database> {
  globalForDb.hashcartDb ??= openDatabase(process.env.DATABASE_URL);
  return globalForDb.hashcartDb;
}

export async function getDb() {
  return (await getDatabase()).db;
}

/** The replica when DATABASE_READ_URL is set, otherwise the primary. Never write through it. */
export function getReadDatabase(): Promise<Database> {
  const url = process.env.DATABASE_READ_URL;
  if (!url) return getDatabase();
  globalForDb.hashcartReadDb ??= openDatabase(url, { applicationName: 'hashcart-read' });
  return globalForDb.hashcartReadDb;
}

export async function getReadDb() {
  return (await getReadDatabase()).db;
}
