// Two app instances on one Postgres behind nginx, as production runs them, started by the
// two-instance spec itself: a shared S3-compatible store (s3rver), one Stripe emulator process, a
// read-only connection standing in for a read replica, and nginx balancing round-robin without
// stickiness. Each instance has its own data folder, so nothing can pass through a local disk.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import Stripe from 'stripe';
import { openDatabase } from '../../db/open';
import { ensureEmulatorProcess, type EmulatorProcess } from '../../tools/stripe-emulator/process';
import { registerWebhookEndpoint } from '../../lib/payments/webhook-endpoint';
import { keptSecret, SERVER_ACTIONS_KEY } from '../../lib/shared-secrets';
import { startLocalS3, type LocalS3 } from '../../test/s3-server';

export const BALANCER_PORT = Number(process.env.SCALE_E2E_PORT ?? 3250);
export const INSTANCE_PORTS = { a: BALANCER_PORT + 1, b: BALANCER_PORT + 2 } as const;
export const EMULATOR_PORT = Number(process.env.SCALE_E2E_EMULATOR_PORT ?? 12350);
const S3_PORT = EMULATOR_PORT + 1;
export const DATABASE_URL = process.env.SCALE_E2E_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/hashcart_scale_e2e';
export const ORIGIN = `http://localhost:${BALANCER_PORT}`;
/** Pins a browser to one instance through the balancer (test-only nginx rule); unset = round robin. */
export const PIN_COOKIE = 'hashcart_pin';
// The scheduled sweep every few seconds instead of 30, so the spec sees several ticks.
export const SWEEP_EVERY_MS = 3000;

export type InstanceName = keyof typeof INSTANCE_PORTS;
// Debian's nginx lives in /usr/sbin, which a non-root PATH may lack.
const NGINX = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';

export interface Cluster {
  s3: LocalS3;
  stripe: Stripe;
  /** Everything each instance printed so far. */
  output: Record<InstanceName, string>;
  stop(): Promise<void>;
}

async function freshDatabase() {
  const target = new URL(DATABASE_URL);
  const admin = new URL(DATABASE_URL);
  admin.pathname = '/postgres';
  const sql = postgres(admin.toString(), { max: 1, onnotice: () => {} });
  await sql.unsafe(`drop database if exists "${target.pathname.slice(1)}" with (force)`);
  await sql.unsafe(`create database "${target.pathname.slice(1)}"`);
  await sql.end();
  const database = await openDatabase(DATABASE_URL);
  await database.migrate();
  await database.close();
}

/** A connection that can only read, named so its queries can be found in pg_stat_activity. */
export function replicaUrl(): string {
  const url = new URL(DATABASE_URL);
  url.searchParams.set('default_transaction_read_only', 'on');
  url.searchParams.set('application_name', 'hashcart-replica');
  return url.toString();
}

function nginxConfig(dir: string): string {
  const upstream = (name: string, ports: number[]) => `upstream ${name} {\n${ports.map((port) => `    server 127.0.0.1:${port};`).join('\n')}\n    keepalive 8;\n  }`;
  return `worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
daemon off;
events { worker_connections 512; }
http {
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  client_max_body_size 32m;
  ${upstream('cluster', [INSTANCE_PORTS.a, INSTANCE_PORTS.b])}
  ${upstream('instance_a', [INSTANCE_PORTS.a])}
  ${upstream('instance_b', [INSTANCE_PORTS.b])}
  map $cookie_${PIN_COOKIE} $pool { a instance_a; b instance_b; default cluster; }
  server {
    listen 127.0.0.1:${BALANCER_PORT};
    location / {
      proxy_pass http://$pool;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      # Server-sent events must reach the browser as they are written.
      proxy_buffering off;
      proxy_read_timeout 1h;
      add_header X-Served-By $upstream_addr always;
    }
  }
}
`;
}

async function waitFor(url: string, child: ChildProcess, what: string, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(5000) })).status < 500) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${what} did not answer at ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export async function startCluster(logDir: string): Promise<Cluster> {
  mkdirSync(logDir, { recursive: true });
  const started: { stop(): Promise<void> }[] = [];
  const stop = async () => {
    for (const part of started.reverse()) await part.stop().catch(() => {});
  };
  try {
    await freshDatabase();
    const s3 = await startLocalS3(S3_PORT, 'hashcart-scale');
    started.push({ stop: () => s3.close() });
    const emulator: EmulatorProcess = await ensureEmulatorProcess({ port: EMULATOR_PORT });
    started.push(emulator);
    const stripe = new Stripe('sk_test_scale', { host: '127.0.0.1', port: EMULATOR_PORT, protocol: 'http' });
    // Stripe delivers to one URL; instance B's, so a payment started on A can only be settled by B.
    const webhookSecret = await registerWebhookEndpoint(stripe, `http://127.0.0.1:${INSTANCE_PORTS.b}/api/stripe/webhook`);

    const output: Record<InstanceName, string> = { a: '', b: '' };
    const dataDirs = mkdtempSync(path.join(os.tmpdir(), 'hashcart-scale-'));
    started.push({ stop: async () => rmSync(dataDirs, { recursive: true, force: true }) });
    const instances = (Object.keys(INSTANCE_PORTS) as InstanceName[]).map((name) => {
      const log = createWriteStream(path.join(logDir, `instance-${name}.log`));
      const child = spawn(path.join(process.cwd(), 'node_modules/.bin/tsx'), ['scripts/serve.ts', 'start'], {
        env: {
          ...process.env,
          PORT: String(INSTANCE_PORTS[name]),
          APP_URL: ORIGIN,
          DATABASE_URL,
          DATABASE_READ_URL: replicaUrl(),
          ...s3.env,
          STRIPE_SECRET_KEY: 'sk_test_scale',
          NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: 'pk_test_scale',
          STRIPE_API_URL: emulator.url,
          STRIPE_JS_URL: `${emulator.url}/js/stripe.js`,
          STRIPE_WEBHOOK_SECRET: webhookSecret,
          HASHCART_INSTANCES: '2',
          HASHCART_DATA_DIR: path.join(dataDirs, name),
          // Required and shared when HASHCART_INSTANCES > 1; the action key is the one the build baked in.
          BETTER_AUTH_SECRET: 'scale-e2e-shared-auth-secret-0123456789abcdef',
          NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: keptSecret(SERVER_ACTIONS_KEY),
          WEB_CONCURRENCY: '1',
          AUTH_RATE_LIMIT: 'off',
          JOBS_LOG: '1',
          SWEEP_EVERY_MS: String(SWEEP_EVERY_MS),
          PAGE_CACHE_FRESH_MS: '60000',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      for (const stream of [child.stdout!, child.stderr!]) {
        stream.on('data', (chunk: Buffer) => {
          output[name] += chunk.toString();
          log.write(chunk);
        });
      }
      started.push({ stop: () => stopChild(child).then(() => new Promise<void>((resolve) => log.end(resolve))) });
      return { name, child };
    });
    await Promise.all(instances.map(({ name, child }) => waitFor(`http://127.0.0.1:${INSTANCE_PORTS[name]}/`, child, `instance ${name}`)));

    const nginxDir = mkdtempSync(path.join(os.tmpdir(), 'hashcart-nginx-'));
    // nginx's workers drop root privileges; let them write their temp files here.
    chmodSync(nginxDir, 0o777);
    for (const temp of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(path.join(nginxDir, temp), { mode: 0o777 });
    writeFileSync(path.join(nginxDir, 'nginx.conf'), nginxConfig(nginxDir));
    const check = spawnSync(NGINX, ['-t', '-p', nginxDir, '-c', path.join(nginxDir, 'nginx.conf')], { encoding: 'utf8' });
    if (check.status !== 0) throw new Error(`nginx refused its configuration: ${check.stderr}`);
    const nginx = spawn(NGINX, ['-p', nginxDir, '-c', path.join(nginxDir, 'nginx.conf')], { stdio: 'inherit' });
    started.push({ stop: () => stopChild(nginx).then(() => rmSync(nginxDir, { recursive: true, force: true })) });
    await waitFor(`${ORIGIN}/`, nginx, 'nginx');
    return { s3, stripe, output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
