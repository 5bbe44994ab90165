// One database handle per process: postgres.js when DATABASE_URL is set, otherwise an embedded
// PGlite database under .data/ so a new checkout runs with no set-up.
import 'server-only';
import { openDatabase, type Database } from './open';

const globalForDb = globalThis as unknown as { hashcartDb?: Promise<Database> };

export function getDatabase(): Promise<Database> {
  globalForDb.hashcartDb ??= openDatabase(process.env.DATABASE_URL);
  return globalForDb.hashcartDb;
}

export async function getDb() {
  return (await getDatabase()).db;
}
