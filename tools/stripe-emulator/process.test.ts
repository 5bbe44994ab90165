// The emulator as its own process: the app's launcher starts it, reuses one already running, and a
// restart keeps its objects on disk.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Stripe from 'stripe';
import { ensureEmulatorProcess } from './process';

const PORT = 12352;
const dir = mkdtempSync(path.join(os.tmpdir(), 'hashcart-emulator-process-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sdk = () => new Stripe('sk_test_process', { host: '127.0.0.1', port: PORT, protocol: 'http' });

describe('ensureEmulatorProcess', () => {
  it('starts the emulator apart, reuses a running one, and keeps its objects across a restart', async () => {
    const statePath = path.join(dir, 'state.json');
    const first = await ensureEmulatorProcess({ port: PORT, statePath });
    const customer = await sdk().customers.create({ email: 'kept@example.com' });

    // A second launcher (another app process, or the app restarted) finds it and leaves it running.
    const second = await ensureEmulatorProcess({ port: PORT, statePath });
    await second.stop();
    expect((await sdk().customers.retrieve(customer.id)).id).toBe(customer.id);

    await first.stop();
    await expect(sdk().customers.list({ limit: 1 })).rejects.toThrow();

    const restarted = await ensureEmulatorProcess({ port: PORT, statePath });
    try {
      expect(await sdk().customers.retrieve(customer.id)).toMatchObject({ id: customer.id, email: 'kept@example.com' });
    } finally {
      await restarted.stop();
    }
  }, 60_000);
});
