import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openDatabase, type Database } from '@/db/open';
import { testDatabase } from '@/test/database';
import { announceThreadChange, watchThread } from './realtime';

let listening: Database;
let otherInstance: Database;

beforeAll(async () => {
  listening = await testDatabase();
  // A second connection pool stands in for another app instance.
  otherInstance = await openDatabase(inject('databaseUrl'));
});
afterAll(async () => {
  await otherInstance.close();
});

function nextCall(timeoutMs = 3000) {
  let resolve: (value: 'called') => void = () => {};
  const called = new Promise<'called'>((r) => (resolve = r));
  const timedOut = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), timeoutMs));
  return { listener: () => resolve('called'), outcome: () => Promise.race([called, timedOut]) };
}

describe('thread change announcements', () => {
  it('reach a watcher of that post from another instance, and only that post’s watchers', async () => {
    const postId = crypto.randomUUID();
    const otherPostId = crypto.randomUUID();
    const watcher = nextCall();
    const bystander = nextCall(1000);
    const stopWatching = await watchThread(listening, postId, watcher.listener);
    const stopBystander = await watchThread(listening, otherPostId, bystander.listener);
    await announceThreadChange(otherInstance.db, postId);
    expect(await watcher.outcome()).toBe('called');
    expect(await bystander.outcome()).toBe('timeout');
    stopWatching();
    stopBystander();
  });

  it('stop after unsubscribing', async () => {
    const postId = crypto.randomUUID();
    const watcher = nextCall(1000);
    const stop = await watchThread(listening, postId, watcher.listener);
    stop();
    await announceThreadChange(otherInstance.db, postId);
    expect(await watcher.outcome()).toBe('timeout');
  });
});
