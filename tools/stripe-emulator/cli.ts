// `npm run stripe:emulator`: runs the emulator until interrupted. STRIPE_EMULATOR_STATE=path keeps state in a file
// (unset or `memory`: in memory, as the rest of the project spells it);
// STRIPE_EMULATOR_HOST=0.0.0.0 serves other machines (containers).
import { startStripeEmulator } from './index';

const emulator = await startStripeEmulator({
  ...(process.env.STRIPE_EMULATOR_HOST ? { host: process.env.STRIPE_EMULATOR_HOST } : {}),
  log: process.env.STRIPE_EMULATOR_QUIET !== '1',
  ...(process.env.STRIPE_EMULATOR_STATE && process.env.STRIPE_EMULATOR_STATE !== 'memory' ? { statePath: process.env.STRIPE_EMULATOR_STATE } : {}),
});

console.log(`Stripe emulator running at ${emulator.url}`);
console.log(`  STRIPE_API_HOST/PORT for the SDK: ${emulator.url}   Stripe.js stand-in: ${emulator.url}/js/stripe.js`);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`Stripe emulator stopping (${signal})`);
  await emulator.close();
  process.exit(0);
}

process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
