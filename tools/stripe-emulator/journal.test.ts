// Emulator persistence: an append-only journal replayed on restart and compacted when it grows.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Stripe from 'stripe';
import { startStripeEmulator, type StripeEmulator } from './index';

const dir = mkdtempSync(path.join(os.tmpdir(), 'hashcart-emulator-journal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sdk(emulator: StripeEmulator) {
  return new Stripe('sk_test_journal', { host: '127.0.0.1', port: emulator.port, protocol: 'http' });
}

describe('emulator journal', () => {
  it('replays objects and their later changes after a restart', async () => {
    const statePath = path.join(dir, 'replay.journal');
    const first = await startStripeEmulator({ port: 0, statePath });
    const stripe = sdk(first);
    const customer = await stripe.customers.create({ email: 'kept@example.com' });
    const paid = await stripe.paymentIntents.create({ amount: 2500, currency: 'eur', customer: customer.id, automatic_payment_methods: { enabled: true } });
    await stripe.paymentIntents.confirm(paid.id, { payment_method: 'pm_card_visa' });
    const canceled = await stripe.paymentIntents.create({ amount: 900, currency: 'eur', automatic_payment_methods: { enabled: true } });
    await stripe.paymentIntents.cancel(canceled.id);
    const removed = await stripe.customers.create({ email: 'gone@example.com' });
    await stripe.customers.del(removed.id);
    await first.close();
    // Appended lines, not one rewritten document.
    expect(readFileSync(statePath, 'utf8').trim().split('\n').length).toBeGreaterThan(4);

    const second = await startStripeEmulator({ port: 0, statePath });
    try {
      const again = sdk(second);
      expect(await again.customers.retrieve(customer.id)).toMatchObject({ email: 'kept@example.com' });
      expect(await again.paymentIntents.retrieve(paid.id)).toMatchObject({ status: 'succeeded', amount: 2500 });
      expect(await again.paymentIntents.retrieve(canceled.id)).toMatchObject({ status: 'canceled' });
      expect(await again.customers.retrieve(removed.id)).toMatchObject({ deleted: true });
      // New objects keep coming after the replayed ones.
      const later = await again.customers.create({ email: 'later@example.com' });
      await second.close();
      const third = await startStripeEmulator({ port: 0, statePath });
      try {
        expect(await sdk(third).customers.retrieve(later.id)).toMatchObject({ email: 'later@example.com' });
        expect(await sdk(third).paymentIntents.retrieve(paid.id)).toMatchObject({ status: 'succeeded' });
      } finally {
        await third.close();
      }
    } finally {
      await second.close().catch(() => {});
    }
  });

  it('writes only what committed requests changed: a failed request leaves no line', async () => {
    const statePath = path.join(dir, 'rollback.journal');
    const emulator = await startStripeEmulator({ port: 0, statePath });
    const stripe = sdk(emulator);
    await stripe.customers.create({ email: 'kept@example.com' });
    await expect(
      stripe.customers.create({ email: 'half@example.com', payment_method: 'pm_card_visa', invoice_settings: { default_payment_method: 'pm_missing' } }),
    ).rejects.toMatchObject({ code: 'resource_missing' });
    await emulator.close();
    const journal = readFileSync(statePath, 'utf8');
    expect(journal).toContain('kept@example.com');
    expect(journal).not.toContain('half@example.com');
    expect(journal).not.toContain('"c":"paymentMethods"');
  });

  it('compacts itself when the journal outgrows the live state, keeping every object', async () => {
    const statePath = path.join(dir, 'compact.journal');
    const emulator = await startStripeEmulator({ port: 0, statePath, journalCompactMinBytes: 64 * 1024 });
    const stripe = sdk(emulator);
    const customer = await stripe.customers.create({ email: 'churn@example.com' });
    const kept = await stripe.paymentIntents.create({ amount: 1200, currency: 'eur', automatic_payment_methods: { enabled: true } });
    // One PaymentIntent rewritten many times (no events, no idempotency records): the journal
    // grows, the live state does not.
    const churn = new Stripe('sk_test_journal', { host: '127.0.0.1', port: emulator.port, protocol: 'http', maxNetworkRetries: 0 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const note = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${i}`, 'x'.repeat(400)]));
    let appended = 0;
    let compactions = 0;
    for (let round = 0; round < 40; round++) {
      const before = statSync(statePath).size;
      await churn.paymentIntents.update(kept.id, { metadata: { ...note, round: `${round}` } });
      await new Promise((resolve) => setTimeout(resolve, 60));
      const after = statSync(statePath).size;
      if (after < before) compactions++;
      else appended += after - before;
    }
    await emulator.close();
    // 40 rewrites of a 4 KB object were appended; compaction dropped the superseded versions.
    expect(compactions).toBeGreaterThan(0);
    expect(readFileSync(statePath, 'utf8').split('\n', 1)[0]).toBe('{"reset":true}');
    expect(statSync(statePath).size).toBeLessThan(appended);

    const restarted = await startStripeEmulator({ port: 0, statePath });
    try {
      const again = sdk(restarted);
      expect(await again.customers.retrieve(customer.id)).toMatchObject({ email: 'churn@example.com' });
      expect(await again.paymentIntents.retrieve(kept.id)).toMatchObject({ amount: 1200, metadata: { round: '39' } });
    } finally {
      await restarted.close();
    }
  });

  it('reads a state file written before the journal and carries on from it', async () => {
    const statePath = path.join(dir, 'legacy.json');
    const first = await startStripeEmulator({ port: 0 });
    const customer = await sdk(first).customers.create({ email: 'old@example.com' });
    const snapshot = await (await fetch(`${first.url}/_emulator/state`, { headers: { authorization: 'Bearer sk_test_journal' } })).text();
    await first.close();
    writeFileSync(statePath, snapshot);
    const second = await startStripeEmulator({ port: 0, statePath });
    try {
      expect(await sdk(second).customers.retrieve(customer.id)).toMatchObject({ email: 'old@example.com' });
    } finally {
      await second.close();
    }
  });
});
