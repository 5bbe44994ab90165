// The draw close tick: every 15 seconds, once per tick across every app process and instance
// (lib/jobs), draws past their window are made and drawn ones move along their fallback chain.
import { getDatabase } from '@/db/client';
import { startScheduledJobs, type ScheduledJob } from '@/lib/jobs/run-once';
import { getStripe } from '@/lib/payments/stripe';
import { tickDraws } from './run';

export const drawJob: ScheduledJob = {
  name: 'draw-close',
  everyMs: 15_000,
  async run(db) {
    const { drawn } = await tickDraws(db, getStripe());
    if (drawn > 0) console.log(`draw tick: ${drawn} draw(s) made`);
  },
};

export function startDrawTicker(): void {
  startScheduledJobs(getDatabase, [drawJob]);
}
