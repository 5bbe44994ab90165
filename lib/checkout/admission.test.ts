import { afterEach, describe, expect, it, vi } from 'vitest';
import { admissionGate, type LeaveLine } from './admission';

/** A task that runs until the test says so, recording when it started. */
function controlled(started: string[], name: string) {
  let finish!: (value: string) => void;
  let fail!: (error: Error) => void;
  let leave!: LeaveLine;
  const done = new Promise<string>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const task = (leaveLine: LeaveLine) => {
    leave = leaveLine;
    started.push(name);
    return done;
  };
  return { task, finish: () => finish(name), fail: (message: string) => fail(new Error(message)), leave: () => leave() };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

afterEach(() => {
  vi.useRealTimers();
});

describe('admission line', () => {
  it('runs at most `limit` at once and admits the rest in arrival order', async () => {
    const gate = admissionGate({ limit: 2, holdMs: 60_000 });
    const started: string[] = [];
    const buyers = Array.from({ length: 6 }, (_, i) => controlled(started, `b${i}`));
    const runs = buyers.map((buyer) => gate.run('v', buyer.task));
    await settle();
    expect(started).toEqual(['b0', 'b1']);
    expect(gate.load('v')).toEqual({ running: 2, waiting: 4 });
    buyers[1]!.finish();
    await settle();
    expect(started).toEqual(['b0', 'b1', 'b2']);
    buyers[0]!.finish();
    buyers[2]!.finish();
    await settle();
    expect(started).toEqual(['b0', 'b1', 'b2', 'b3', 'b4']);
    for (const buyer of buyers.slice(3)) buyer.finish();
    expect(await Promise.all(runs)).toEqual(['b0', 'b1', 'b2', 'b3', 'b4', 'b5']);
    expect(gate.load('v')).toEqual({ running: 0, waiting: 0 });
  });

  it('keeps lines of different keys apart', async () => {
    const gate = admissionGate({ limit: 1, holdMs: 60_000 });
    const started: string[] = [];
    const a = controlled(started, 'a');
    const b = controlled(started, 'b');
    const runs = [gate.run('v1', a.task), gate.run('v2', b.task)];
    await settle();
    expect(started).toEqual(['a', 'b']);
    a.finish();
    b.finish();
    await Promise.all(runs);
  });

  it('gives the place up when the task fails, and passes the error on', async () => {
    const gate = admissionGate({ limit: 1, holdMs: 60_000 });
    const started: string[] = [];
    const first = controlled(started, 'first');
    const second = controlled(started, 'second');
    const failing = gate.run('v', first.task);
    const next = gate.run('v', second.task);
    await settle();
    first.fail('declined');
    await expect(failing).rejects.toThrow('declined');
    await settle();
    expect(started).toEqual(['first', 'second']);
    second.finish();
    expect(await next).toBe('second');
  });

  it('a task that throws before returning a promise still gives its place up', async () => {
    const gate = admissionGate({ limit: 1, holdMs: 60_000 });
    await expect(
      gate.run('v', () => {
        throw new Error('bad input');
      }),
    ).rejects.toThrow('bad input');
    expect(gate.load('v')).toEqual({ running: 0, waiting: 0 });
    expect(await gate.run('v', async () => 'ran')).toBe('ran');
  });

  it('gives the place up after holdMs while the slow task goes on', async () => {
    vi.useFakeTimers();
    const gate = admissionGate({ limit: 1, holdMs: 1_000 });
    const started: string[] = [];
    const stuck = controlled(started, 'stuck');
    const next = controlled(started, 'next');
    const stuckRun = gate.run('v', stuck.task);
    const nextRun = gate.run('v', next.task);
    await vi.advanceTimersByTimeAsync(999);
    expect(started).toEqual(['stuck']);
    await vi.advanceTimersByTimeAsync(1);
    expect(started).toEqual(['stuck', 'next']);
    // Finishing late does not give up a second place: only `next` holds one now.
    stuck.finish();
    await stuckRun;
    expect(gate.load('v')).toEqual({ running: 1, waiting: 0 });
    next.finish();
    await nextRun;
    expect(gate.load('v')).toEqual({ running: 0, waiting: 0 });
  });

  it('leaving early lets the next in once, however often it is called', async () => {
    const gate = admissionGate({ limit: 1, holdMs: 60_000 });
    const started: string[] = [];
    const buyers = Array.from({ length: 3 }, (_, i) => controlled(started, `b${i}`));
    const runs = buyers.map((buyer) => gate.run('v', buyer.task));
    await settle();
    buyers[0]!.leave();
    buyers[0]!.leave();
    await settle();
    // b0 (still running, without a place) and b1; b2 waits for b1's place.
    expect(started).toEqual(['b0', 'b1']);
    expect(gate.load('v')).toEqual({ running: 1, waiting: 1 });
    buyers[0]!.finish();
    await settle();
    expect(started).toEqual(['b0', 'b1']);
    buyers[1]!.finish();
    buyers[2]!.finish();
    await Promise.all(runs);
  });

  it('a freed place goes to the longest waiter, not to a newcomer arriving in the same tick', async () => {
    const gate = admissionGate({ limit: 1, holdMs: 60_000 });
    const started: string[] = [];
    const first = controlled(started, 'first');
    const waiter = controlled(started, 'waiter');
    const newcomer = controlled(started, 'newcomer');
    const runs = [gate.run('v', first.task), gate.run('v', waiter.task)];
    await settle();
    first.leave();
    runs.push(gate.run('v', newcomer.task));
    await settle();
    expect(started).toEqual(['first', 'waiter']);
    expect(gate.load('v')).toEqual({ running: 1, waiting: 1 });
    for (const buyer of [first, waiter, newcomer]) buyer.finish();
    await Promise.all(runs);
    expect(started).toEqual(['first', 'waiter', 'newcomer']);
  });

  it('no wake-up is lost: 500 buyers through a line of 3, released in random order, all run', async () => {
    const gate = admissionGate({ limit: 3, holdMs: 60_000 });
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const runs = Array.from({ length: 500 }, (_, i) =>
      gate.run('v', async (leave) => {
        order.push(i);
        running++;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 2));
        running--;
        if (i % 7 === 0) leave();
        if (i % 11 === 0) throw new Error(`failed ${i}`);
        return i;
      }),
    );
    const outcomes = await Promise.allSettled(runs);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(500 - Math.ceil(500 / 11));
    expect(order).toEqual(Array.from({ length: 500 }, (_, i) => i));
    expect(most).toBeLessThanOrEqual(3);
    expect(gate.load('v')).toEqual({ running: 0, waiting: 0 });
  });

  it('lets every waiter through at once when the key opens (sold out), in order', async () => {
    let soldOut = false;
    const gate = admissionGate({ limit: 1, holdMs: 60_000, openFor: () => soldOut });
    const started: string[] = [];
    const buyers = Array.from({ length: 4 }, (_, i) => controlled(started, `b${i}`));
    const runs = buyers.map((buyer) => gate.run('v', buyer.task));
    await settle();
    expect(started).toEqual(['b0']);
    soldOut = true;
    buyers[0]!.finish();
    await settle();
    expect(started).toEqual(['b0', 'b1', 'b2', 'b3']);
    // Let through without a place: a newcomer while they run is not held back either.
    const late = controlled(started, 'late');
    runs.push(gate.run('v', late.task));
    await settle();
    expect(started).toContain('late');
    for (const buyer of [...buyers, late]) buyer.finish();
    await Promise.all(runs);
    expect(gate.load('v')).toEqual({ running: 0, waiting: 0 });
  });
});
