import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { E2E_DATABASE_URL, E2E_EMULATOR_PORT, E2E_PORT } from './e2e/support/environment';

const chromium = '/usr/bin/chromium';
const resultsDir = process.env.E2E_RESULTS_DIR ?? 'test-results';

export default defineConfig({
  testDir: 'e2e',
  // Maps `server-only` to a stub for set-up that calls lib/ (see the file).
  tsconfig: './e2e/tsconfig.json',
  outputDir: `${resultsDir}/e2e`,
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: `${resultsDir}/e2e.json` }]],
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: existsSync(chromium) ? chromium : undefined,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: 'npx tsx e2e/support/server.ts',
    url: `http://localhost:${E2E_PORT}/`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      PORT: String(E2E_PORT),
      DATABASE_URL: E2E_DATABASE_URL,
      STRIPE_EMULATOR_PORT: String(E2E_EMULATOR_PORT),
      AUTH_RATE_LIMIT: 'off',
      STRIPE_EMULATOR_STATE: 'memory',
      ADMIN_EMAILS: 'admin@e2e.test',
      ...(process.env.NEXT_DIST_DIR ? { NEXT_DIST_DIR: process.env.NEXT_DIST_DIR } : {}),
    },
  },
});
