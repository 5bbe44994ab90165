import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '@/db/open';
import { runOnceThisTick, tickOf, type ScheduledJob } from './run-once';

// Two runners = two processes: each has its own connection pool to the real Postgres.
let first: Database;
let second: Database;

beforeAll(async () => {
  first = await openDatabase(inject('databaseUrl'));
  second = await openDatabase(inject('databaseUrl'));
});

afterAll(async () => {
  await Promise.all([first.close(), second.close()]);
});

function countingJob(everyMs: number, work: () => Promise<void> = async () => {}) {
  const runs: number[] = [];
  let running = 0;
  let overlapped = false;
  const job: ScheduledJob = {
    name: `test-${randomUUID()}`,
    everyMs,
    async run() {
      running++;
      if (running > 1) overlapped = true;
      runs.push(Date.now());
      try {
        await work();
      } finally {
        running--;
      }
    },
  };
  return { job, runs, overlapped: () => overlapped };
}

describe('runOnceThisTick', () => {
  it('runs a job once per tick when two runners fire at the same moment, many times over', async () => {
    const { job, runs } = countingJob(1000, () => new Promise((resolve) => setTimeout(resolve, 5)));
    const base = 10_000_000;
    const outcomes: string[] = [];
    for (let tick = 0; tick < 10; tick++) {
      const at = base + tick * 1000 + 1;
      outcomes.push(...(await Promise.all([runOnceThisTick(first, job, at), runOnceThisTick(second, job, at), runOnceThisTick(first, job, at + 500)])));
    }
    expect(runs).toHaveLength(10);
    expect(outcomes.filter((o) => o === 'ran')).toHaveLength(10);
    expect(outcomes.every((o) => o === 'ran' || o === 'busy' || o === 'already_ran')).toBe(true);
  });

  it('does not run a tick again for a runner whose timer fires later in the same tick', async () => {
    const { job, runs } = countingJob(30_000);
    const at = 30_000 * 1_000;
    expect(await runOnceThisTick(first, job, at + 10)).toBe('ran');
    expect(await runOnceThisTick(second, job, at + 29_000)).toBe('already_ran');
    expect(await runOnceThisTick(second, job, at + 30_000)).toBe('ran');
    expect(runs).toHaveLength(2);
    expect(tickOf(job, at + 29_999)).toBe(tickOf(job, at));
  });

  it('never overlaps two runs of a job, even when a run outlasts its tick', async () => {
    let release!: () => void;
    const slow = new Promise<void>((resolve) => (release = resolve));
    const { job, runs, overlapped } = countingJob(1000, () => slow);
    const long = runOnceThisTick(first, job, 5_000_000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    // The next tick arrives while the first run still holds the job.
    expect(await runOnceThisTick(second, job, 5_001_000)).toBe('busy');
    release();
    expect(await long).toBe('ran');
    expect(await runOnceThisTick(second, job, 5_001_000)).toBe('ran');
    expect(runs).toHaveLength(2);
    expect(overlapped()).toBe(false);
  });

  it('keeps the tick claimed when a run fails, and runs again the next tick', async () => {
    let fail = true;
    const { job, runs } = countingJob(1000, async () => {
      if (fail) throw new Error('boom');
    });
    expect(await runOnceThisTick(first, job, 7_000_000)).toBe('failed');
    expect(await runOnceThisTick(second, job, 7_000_100)).toBe('already_ran');
    fail = false;
    expect(await runOnceThisTick(second, job, 7_001_000)).toBe('ran');
    expect(runs).toHaveLength(2);
  });

  it('gives the tick to another runner when the one running it dies mid-run', async () => {
    const doomed = await openDatabase(inject('databaseUrl'));
    let hang = true;
    // The first run never ends on its own: its process is about to be killed.
    const { job, runs } = countingJob(1000, () => (hang ? new Promise(() => {}) : Promise.resolve()));
    void runOnceThisTick(doomed, job, 9_000_000).catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await runOnceThisTick(first, job, 9_000_200)).toBe('busy');
    hang = false;
    // The process is killed: Postgres ends its session, which rolls the claim back.
    await first.db.execute(
      sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and state = 'idle in transaction' and query like ${`%scheduled_jobs%`}`,
    );
    await expect.poll(() => runOnceThisTick(first, job, 9_000_300), { timeout: 10_000 }).toBe('ran');
    expect(runs).toHaveLength(2);
    await doomed.close().catch(() => {});
  });
});
