// The e2e database from the spec's side: set-up through the domain functions (test/factories.ts)
// on a connection opened and closed around it, and direct reads, so specs assert what was stored,
// not only what was shown.
import postgres from 'postgres';
import Stripe from 'stripe';
import { openDatabase, type Db } from '../../db/open';
import { E2E_DATABASE_URL, E2E_EMULATOR_PORT } from './environment';

export function e2eSql(url = E2E_DATABASE_URL) {
  return postgres(url, { max: 2, onnotice: () => {} });
}

/** Where set-up runs: the e2e run's database and Stripe emulator by default; the two-instance spec passes its cluster's. */
export interface SetUpTarget {
  databaseUrl: string;
  emulatorPort: number;
}

export const E2E_TARGET: SetUpTarget = { databaseUrl: E2E_DATABASE_URL, emulatorPort: E2E_EMULATOR_PORT };

/** The app's Stripe emulator, through the official SDK, as the app reaches it. */
export function emulatorStripe(port = E2E_EMULATOR_PORT) {
  return new Stripe('sk_test_e2e', { host: '127.0.0.1', port, protocol: 'http' });
}

/** Runs set-up with the domain's database handle and the app's emulator; the connection closes after. */
export async function withDomain<T>(run: (db: Db, stripe: Stripe) => Promise<T>, target: SetUpTarget = E2E_TARGET): Promise<T> {
  const database = await openDatabase(target.databaseUrl, { applicationName: 'hashcart-e2e-set-up' });
  try {
    return await run(database.db, emulatorStripe(target.emulatorPort));
  } finally {
    await database.close();
  }
}
