// `npm start` / `npm run dev`: prepares the database (migrate; seed an empty embedded one), starts
// the Stripe emulator as its own process when no Stripe keys are set (or uses the one at
// STRIPE_EMULATOR_URL), then runs Next.js with the resulting settings.
// Next.js runs as a child process so that only it holds the embedded PGlite database.
import { spawn } from 'node:child_process';
import path from 'node:path';
import Stripe from 'stripe';
import { openDatabase } from '../db/open';
import { seedIfEmpty, type ConnectDemoBrand } from '../db/seed';
import { createOnboardedEmulatorAccount } from '../tools/stripe-emulator/onboarding';
import { ensureEmulatorProcess, type EmulatorProcess } from '../tools/stripe-emulator/process';
import { stripeServerConfig } from '../lib/payments/stripe-config';
import { registerWebhookEndpoint } from '../lib/payments/webhook-endpoint';
import { configurationProblems } from '../lib/config-check';
import { keptSecret, sharedSecretProblems, SHARED_SECRETS } from '../lib/shared-secrets';
import { planWebProcesses, runWebProcesses } from './web-processes';

const mode = process.argv[2] === 'dev' ? 'dev' : 'start';
const port = Number(process.env.PORT ?? 3000);
const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port) };
env.APP_URL ??= `http://localhost:${port}`;

async function prepareDatabase(connect?: ConnectDemoBrand) {
  const database = await openDatabase(env.DATABASE_URL);
  try {
    await database.migrate();
    if (database.kind === 'pglite' && (await seedIfEmpty(database.db, connect))) {
      console.log('Seeded the embedded database with demo brands and posts (logins in the README).');
    }
  } finally {
    await database.close();
  }
}

async function startEmulatedStripe(): Promise<EmulatorProcess> {
  // Several instances share one emulator started apart (`npm run stripe:emulator`).
  const emulator = env.STRIPE_EMULATOR_URL
    ? { url: env.STRIPE_EMULATOR_URL.replace(/\/$/, ''), stop: async () => {} }
    : await ensureEmulatorProcess({
        port: Number(env.STRIPE_EMULATOR_PORT ?? 12111),
        // Kept on disk (one file per app port) so customers, saved cards and Connect accounts that the
        // database refers to survive a restart; `memory` for runs that start from a fresh database.
        statePath:
          env.STRIPE_EMULATOR_STATE === 'memory'
            ? undefined
            : (env.STRIPE_EMULATOR_STATE ?? path.join(env.HASHCART_DATA_DIR ?? path.join(process.cwd(), '.data'), `stripe-emulator-${port}.json`)),
      });
  env.STRIPE_SECRET_KEY = 'sk_test_hashcart_emulator';
  env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY = 'pk_test_hashcart_emulator';
  env.STRIPE_API_URL = emulator.url;
  env.STRIPE_JS_URL = `${emulator.url}/js/stripe.js`;
  console.log(`Stripe emulator on ${emulator.url} (no STRIPE_SECRET_KEY set)`);
  return emulator;
}

/** The emulator learns our webhook URL the way Stripe does: through the API, which returns the secret. */
async function registerEmulatorWebhook() {
  const { secretKey, sdkOptions } = stripeServerConfig(env);
  // Instances sharing one emulator each register their own address (STRIPE_WEBHOOK_URL in containers);
  // the handler records each event once, so an event delivered to every instance settles once.
  const url = env.STRIPE_WEBHOOK_URL ?? `http://127.0.0.1:${port}/api/stripe/webhook`;
  env.STRIPE_WEBHOOK_SECRET = await registerWebhookEndpoint(new Stripe(secretKey, sdkOptions), url);
}

const web = mode === 'start' ? planWebProcesses(env) : { processes: 1, problems: [], note: null };
const instances = Number(env.HASHCART_INSTANCES ?? 1);
const problems = [...configurationProblems(env), ...web.problems, ...sharedSecretProblems(env, { instances })];
if (problems.length > 0) {
  console.error(`Hashcart cannot start; fix the environment:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  process.exit(1);
}
let emulator: EmulatorProcess | null = null;
if (!env.STRIPE_SECRET_KEY) {
  emulator = await startEmulatedStripe();
  await registerEmulatorWebhook();
} else if (!env.STRIPE_WEBHOOK_SECRET) {
  console.warn('STRIPE_WEBHOOK_SECRET is not set: Stripe webhooks will be refused.');
}
// The emulator starts first so the demo brands can be onboarded for payouts on it while seeding.
await prepareDatabase(
  emulator
    ? async (email) => {
        const { secretKey, sdkOptions } = stripeServerConfig(env);
        return (await createOnboardedEmulatorAccount(new Stripe(secretKey, sdkOptions), email)).id;
      }
    : undefined,
);

// Every web process signs and reads the same sessions: hand them one secret, kept under .data/.
for (const secret of SHARED_SECRETS) env[secret.env] = keptSecret(secret, env);
if (web.note) console.log(web.note);
const next =
  mode === 'start'
    ? runWebProcesses(web.processes, port, env)
    : (() => {
        const child = spawn(path.join(process.cwd(), 'node_modules/.bin/next'), [mode, '-p', String(port)], { env, stdio: 'inherit' });
        return { stop: (signal: NodeJS.Signals) => child.kill(signal), exited: new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? 0))) };
      })();

async function shutdown(code: number) {
  await emulator?.stop();
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => next.stop(signal));
}
void next.exited.then(shutdown);
