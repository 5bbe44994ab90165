// Test helpers: the run's fresh database, and quick factories for users, brands and posts.
import { inject } from 'vitest';
import { openDatabase, type Database } from '../db/open';

let database: Promise<Database> | undefined;

export function testDatabase(): Promise<Database> {
  database ??= openDatabase(inject('databaseUrl'));
  return database;
}

export async function testDb() {
  return (await testDatabase()).db;
}
