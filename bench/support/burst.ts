// The shape every benchmark shares: sign N buyers up, fire one request per buyer at the same
// instant, and summarise the timings.
import os from 'node:os';
import { percentile, signUp } from './clients';

export async function signUpBuyers(appUrl: string, count: number, prefix: string) {
  const sessions = [];
  // In batches, so sign-up itself is not what the benchmark measures.
  for (let i = 0; i < count; i += 20) {
    sessions.push(...(await Promise.all(Array.from({ length: Math.min(20, count - i) }, (_, j) => signUp(appUrl, `${prefix}${i + j}@bench.test`)))));
  }
  return sessions;
}

export async function burst<S, R>(sessions: S[], request: (session: S) => Promise<R>) {
  const started = performance.now();
  const timed = await Promise.all(
    sessions.map(async (session) => {
      const t0 = performance.now();
      const result = await request(session);
      const done = performance.now();
      return { result, ms: done - t0, doneAt: (done - started) / 1000 };
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { results: timed.map((t) => t.result), timed, seconds, latencyMs: latencySummary(timed.map((t) => t.ms)) };
}

export function latencySummary(latencies: number[]) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const ms = (p: number) => Math.round(percentile(sorted, p));
  return { p50: ms(50), p95: ms(95), p99: ms(99) };
}

export const machine = () => `${os.cpus().length} × ${os.cpus()[0]?.model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
