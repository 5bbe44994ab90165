// Every vitest run gets a fresh PostgreSQL database on the real server, migrated from
// db/migrations, and drops it afterwards.
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db/open';

export const adminUrl = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const name = `hashcart_test_${process.pid}_${Date.now()}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();

  const database = await openDatabase(databaseUrl);
  await database.migrate();
  await database.close();

  project.provide('databaseUrl', databaseUrl);
  process.env.DATABASE_URL = databaseUrl;

  return async () => {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  };
}
