// `npm start` serves from WEB_CONCURRENCY Next.js processes sharing one port (node:cluster: this
// process accepts connections and deals them out in turn), so every core serves requests. Each
// worker is a plain `next start`; all state lives in Postgres, so any worker can answer any request.
// The embedded PGlite database belongs to one process, so without DATABASE_URL one worker serves.
import cluster, { type Worker } from 'node:cluster';
import os from 'node:os';
import path from 'node:path';
import type { Env } from '../lib/shared-secrets';

export interface WebProcessPlan {
  processes: number;
  problems: string[];
  note: string | null;
}

export function planWebProcesses(env: Env): WebProcessPlan {
  const cores = os.availableParallelism();
  const raw = env.WEB_CONCURRENCY;
  if (raw !== undefined && !/^[1-9]\d{0,2}$/.test(raw)) {
    return { processes: 1, problems: [`WEB_CONCURRENCY must be a number of processes from 1 to 999 (got "${raw}").`], note: null };
  }
  const wanted = raw ? Number(raw) : cores;
  if (!env.DATABASE_URL) {
    if (raw && wanted > 1) {
      return { processes: 1, problems: [`WEB_CONCURRENCY=${raw} needs DATABASE_URL: the embedded PGlite database can only be opened by one process.`], note: null };
    }
    return { processes: 1, problems: [], note: `Serving from 1 process: the embedded PGlite database belongs to one process. Set DATABASE_URL to serve from ${cores} (one per core, or WEB_CONCURRENCY).` };
  }
  return { processes: wanted, problems: [], note: `Serving from ${wanted} process${wanted === 1 ? '' : 'es'} (WEB_CONCURRENCY${raw ? '' : ', default: one per core'}).` };
}

// A worker that keeps dying right after starting is broken, not unlucky: stop rather than spin.
const CRASH_WINDOW_MS = 10_000;

/** Forks the workers; resolves with the exit code once they have all stopped. */
export function runWebProcesses(processes: number, port: number, env: Env): { stop(signal: NodeJS.Signals): void; exited: Promise<number> } {
  cluster.setupPrimary({
    exec: path.join(process.cwd(), 'node_modules/next/dist/bin/next'),
    args: ['start', '-p', String(port)],
    // The primary runs under tsx; Next's workers need none of its loader flags.
    execArgv: [],
  });
  let stopping = false;
  let exitCode = 0;
  const startedAt = new Map<Worker, number>();
  const fork = (index: number) => {
    const worker = cluster.fork({ ...env, HASHCART_WORKER: String(index) });
    startedAt.set(worker, Date.now());
    worker.on('exit', (code, signal) => {
      const lived = Date.now() - (startedAt.get(worker) ?? 0);
      startedAt.delete(worker);
      if (stopping) return;
      if (lived < CRASH_WINDOW_MS) {
        console.error(`Web process ${index} exited ${signal ?? `with code ${code}`} right after starting; stopping.`);
        exitCode = code || 1;
        stop('SIGTERM');
        return;
      }
      console.error(`Web process ${index} exited ${signal ?? `with code ${code}`}; starting a new one.`);
      fork(index);
    });
  };
  const stop = (signal: NodeJS.Signals) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
  };
  const exited = new Promise<number>((resolve) => {
    cluster.on('exit', () => {
      if (stopping && Object.keys(cluster.workers ?? {}).length === 0) resolve(exitCode);
    });
  });
  for (let index = 0; index < processes; index++) fork(index);
  return { stop, exited };
}
