// Starts the production build on a fresh PostgreSQL database with the Stripe emulator, as
// `npm start` would with DATABASE_URL set, and stops it afterwards.
import { spawn, type ChildProcess } from 'node:child_process';
import postgres from 'postgres';

export interface BenchApp {
  url: string;
  databaseUrl: string;
  emulatorUrl: string;
  /** The process group of the app's launcher, its web processes and its emulator. */
  processGroup: number;
  stop(): Promise<void>;
}

/** `keepDatabase` serves an existing database (e.g. one filled by db:fill); `env` adds settings. */
export async function startBenchApp(
  name: string,
  port: number,
  emulatorPort: number,
  options: { keepDatabase?: boolean; env?: Record<string, string> } = {},
): Promise<BenchApp> {
  if (!options.keepDatabase) {
    const admin = postgres('postgres://postgres@127.0.0.1:5432/postgres', { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.unsafe(`create database "${name}"`);
    await admin.end();
  }
  const databaseUrl = `postgres://postgres@127.0.0.1:5432/${name}`;
  const child: ChildProcess = spawn('npx', ['tsx', 'scripts/serve.ts', 'start'], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, STRIPE_EMULATOR_PORT: String(emulatorPort), AUTH_RATE_LIMIT: 'off', STRIPE_EMULATOR_STATE: 'memory', ...options.env },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const url = `http://localhost:${port}`;
  for (let attempt = 0; ; attempt++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not up yet
    }
    if (attempt > 120) throw new Error('the app did not start');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    url,
    databaseUrl,
    emulatorUrl: `http://127.0.0.1:${emulatorPort}`,
    processGroup: child.pid!,
    async stop() {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    },
  };
}
