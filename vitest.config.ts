import { defineConfig } from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // `server-only` throws outside React Server Components; tests import server modules directly.
      'server-only': path.resolve(import.meta.dirname, 'test/server-only-stub.ts'),
    },
  },
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', '.next/**', 'e2e/**', '.data/**'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: true,
    // The chaos test kills the app's Postgres connections mid-request to simulate a crash; postgres.js
    // then throws from its own socket handlers (a write on the dead socket, or the server's
    // "terminating connection" reaching a query nobody awaits any more). A crashed process would be
    // gone; the test checks what the database and Stripe hold afterwards, so only those are ignored.
    onUnhandledError(error) {
      const fromPostgresSocket = String(error.stack ?? '').includes('postgres/src/connection.js');
      const crashSymptom = /reading 'write'|terminating connection due to administrator command/.test(error.message ?? '');
      return fromPostgresSocket && crashSymptom ? false : undefined;
    },
  },
});
