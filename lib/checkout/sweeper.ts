// Runs the reservation sweep every 30 seconds inside each app instance; the sweep itself is safe
// to run in several instances at once.
import { getDb } from '@/db/client';
import { getStripe } from '@/lib/payments/stripe';
import { sweepDrops } from '@/lib/studio/drops';
import { expireStaleOrders } from './expire';

const SWEEP_EVERY_MS = 30_000;

export function startReservationSweeper(): void {
  const timer = setInterval(() => {
    void (async () => {
      try {
        const { expired } = await expireStaleOrders(await getDb(), getStripe());
        if (expired > 0) console.log(`reservation sweep: ${expired} expired order(s) released`);
        // Drops whose deadline passed are decided here too (captured or canceled).
        const { decided } = await sweepDrops(await getDb(), getStripe());
        if (decided > 0) console.log(`drop sweep: ${decided} drop(s) decided`);
      } catch (error) {
        console.error('reservation sweep failed', error);
      }
    })();
  }, SWEEP_EVERY_MS);
  timer.unref();
}
