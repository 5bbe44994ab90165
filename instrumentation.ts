// Background work that belongs to the server process: the reservation sweep and the draw close tick.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.STRIPE_SECRET_KEY) {
    const { startReservationSweeper } = await import('./lib/checkout/sweeper');
    startReservationSweeper();
    const { startDrawTicker } = await import('./lib/draws/job');
    startDrawTicker();
  }
}
