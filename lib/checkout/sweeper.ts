// The reservation sweep and drop deadlines, every 30 seconds, once per tick across all app
// processes and instances (lib/jobs).
import { getDatabase } from '@/db/client';
import { startScheduledJobs, type ScheduledJob } from '@/lib/jobs/run-once';
import { getStripe } from '@/lib/payments/stripe';
import { sweepDrops } from '@/lib/studio/drops';
import { expireStaleOrders } from './expire';

// SWEEP_EVERY_MS shortens it for tests that watch the sweep.
const SWEEP_EVERY_MS = Number(process.env.SWEEP_EVERY_MS ?? 30_000);

export const checkoutJobs: ScheduledJob[] = [
  {
    name: 'reservation-sweep',
    everyMs: SWEEP_EVERY_MS,
    async run(db) {
      const { expired } = await expireStaleOrders(db, getStripe());
      if (expired > 0) console.log(`reservation sweep: ${expired} expired order(s) released`);
    },
  },
  {
    // Drops whose deadline passed are decided (captured or canceled).
    name: 'drop-sweep',
    everyMs: SWEEP_EVERY_MS,
    async run(db) {
      const { decided } = await sweepDrops(db, getStripe());
      if (decided > 0) console.log(`drop sweep: ${decided} drop(s) decided`);
    },
  },
];

export function startReservationSweeper(): void {
  startScheduledJobs(getDatabase, checkoutJobs);
}
