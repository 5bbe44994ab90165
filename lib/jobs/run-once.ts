// Scheduled work that must run once per tick however many app processes and instances are up
// (the reservation sweep, drop deadlines). Every process keeps a timer; on each firing it tries to
// claim the job's current tick. On Postgres the claim is a transaction that first takes a
// transaction-level advisory lock (so two runs of one job never overlap, even when a run outlasts
// its tick) and then moves scheduled_jobs.last_tick forward (so a tick already run is not run again
// by a process whose timer fires later in it). The lock is held until the run ends; if the process
// dies mid-run its connection drops, the claim rolls back and another process takes the tick.
// We chose this over a job-queue table: these jobs are periodic sweeps that re-read their work from
// the database, so there is nothing to enqueue, only "who sweeps now".
import 'server-only';
import { sql } from 'drizzle-orm';
import type { Database, Db, DbOrTx } from '@/db/open';
import { scheduledJobs } from '@/db/schema';

export interface ScheduledJob {
  /** Unique across the app; also names the advisory lock. */
  name: string;
  everyMs: number;
  run(db: Db): Promise<void>;
}

export type RunOutcome = 'ran' | 'busy' | 'already_ran' | 'failed';

/** The tick a moment falls in: ticks are aligned to the clock, so every process agrees on them. */
export function tickOf(job: Pick<ScheduledJob, 'everyMs'>, at: number): number {
  return Math.floor(at / job.everyMs);
}

// PGlite is one process's database and runs one query at a time, so an open claim transaction
// would block the job's own queries: there, a per-process flag keeps runs from overlapping.
const runningHere = new Set<string>();

async function claimTick(db: DbOrTx, job: ScheduledJob, tick: number) {
  const claimed = await db
    .insert(scheduledJobs)
    .values({ name: job.name, lastTick: tick })
    .onConflictDoUpdate({ target: scheduledJobs.name, set: { lastTick: tick, ranAt: new Date() }, where: sql`${scheduledJobs.lastTick} < ${tick}` })
    .returning({ name: scheduledJobs.name });
  return claimed.length > 0;
}

async function runLogged(database: Database, job: ScheduledJob, tick: number): Promise<RunOutcome> {
  // JOBS_LOG=1 shows which process ran each tick (the two-instance e2e counts them).
  if (process.env.JOBS_LOG === '1') console.log(`scheduled job ${job.name} ran tick ${tick}`);
  try {
    await job.run(database.db);
    return 'ran';
  } catch (error) {
    // The tick stays claimed: the next tick retries, rather than every process retrying this one.
    console.error(`scheduled job ${job.name} failed`, error);
    return 'failed';
  }
}

/** Runs the job if no other runner has run (or is running) its tick at `at`. */
export async function runOnceThisTick(database: Database, job: ScheduledJob, at = Date.now()): Promise<RunOutcome> {
  const tick = tickOf(job, at);
  if (database.kind === 'pglite') {
    if (runningHere.has(job.name)) return 'busy';
    runningHere.add(job.name);
    try {
      return (await claimTick(database.db, job, tick)) ? await runLogged(database, job, tick) : 'already_ran';
    } finally {
      runningHere.delete(job.name);
    }
  }
  return database.db.transaction(async (tx) => {
    const [lock] = await tx.select({ locked: sql<boolean>`pg_try_advisory_xact_lock(hashtext(${`hashcart-job:${job.name}`}))` }).from(sql`(select 1) as one`);
    if (!lock?.locked) return 'busy';
    if (!(await claimTick(tx, job, tick))) return 'already_ran';
    // The job runs on the pool's other connections; this transaction only holds the lock and claim.
    return runLogged(database, job, tick);
  });
}

/**
 * Starts a timer per job in this process; returns a function that stops them. Safe to call in
 * every process of every instance: each tick runs once overall.
 */
export function startScheduledJobs(openDatabase: () => Promise<Database>, jobs: ScheduledJob[]): () => void {
  const timers = jobs.map((job) => {
    const timer = setInterval(() => {
      void openDatabase()
        .then((database) => runOnceThisTick(database, job))
        .catch((error: unknown) => console.error(`scheduled job ${job.name} could not be claimed`, error));
    }, job.everyMs);
    timer.unref();
    return timer;
  });
  return () => timers.forEach(clearInterval);
}
