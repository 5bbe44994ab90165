// Two connection pools on one test database: `listening` stands in for the app instance whose hub
// LISTENs, `other` for another instance writing — how live news between instances is tested.
import { afterAll, beforeAll, inject } from 'vitest';
import { openDatabase, type Database } from '@/db/open';
import { testDatabase } from './database';

export function twoInstances(): { listening: Database; other: Database } {
  const instances = {} as { listening: Database; other: Database };
  beforeAll(async () => {
    instances.listening = await testDatabase();
    instances.other = await openDatabase(inject('databaseUrl'));
  });
  afterAll(async () => {
    await instances.other.close();
  });
  return instances;
}
