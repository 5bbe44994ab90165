// Playwright's web server: a fresh e2e database, a production build, then `scripts/serve.ts start`.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import postgres from 'postgres';
import { E2E_DATABASE_URL } from './environment';

const target = new URL(E2E_DATABASE_URL);
const name = target.pathname.slice(1);
const admin = new URL(E2E_DATABASE_URL);
admin.pathname = '/postgres';
const sql = postgres(admin.toString(), { max: 1, onnotice: () => {} });
await sql.unsafe(`drop database if exists "${name}" with (force)`);
await sql.unsafe(`create database "${name}"`);
await sql.end();

if (!existsSync(`${process.env.NEXT_DIST_DIR ?? '.next'}/BUILD_ID`)) {
  const build = spawnSync('npx', ['next', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const server = spawn('npx', ['tsx', 'scripts/serve.ts', 'start'], { stdio: 'inherit', env: process.env });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
