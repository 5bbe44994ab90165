// First come, first served admission for buyers of one variant. In a drop, a thousand requests for
// the same variant reach a process at once; run together, every one of them advances through its
// database round trips in lockstep (postgres.js queues each query behind the others'), so the
// hundred who get a unit finish with the burst, not before it. Here each variant has a line per
// process: at most `limit` buyers run at once, the rest wait in arrival order and cost nothing
// until their turn. A place is given up as soon as the buyer's unit is reserved or refused (the
// Stripe call after it needs no place), when the task ends or fails, or after `holdMs`, so a hung
// call cannot stall the line. When `openFor(key)` says the variant is known sold out, everyone
// waiting is let through at once: each is refused from memory (lib/checkout/sold-out).
//
// This only orders work inside one process. Stock stays in PostgreSQL and its conditional UPDATE
// decides who gets a unit, across processes and instances; the line never answers anyone itself.
import { knownSoldOut } from './sold-out';

export interface AdmissionOptions {
  /** Buyers of one key that run at once in this process. */
  limit: number;
  /** A task holding a place longer than this gives it up (and goes on running). */
  holdMs: number;
  /** True when waiters need no place any more, e.g. the variant is known sold out. */
  openFor?: (key: string) => boolean;
}

/** Handed to the task: call it once its contended part is over to let the next buyer in. */
export type LeaveLine = () => void;

interface Line {
  running: number;
  /** Resolved with true when handed a place, false when let through without one. */
  waiting: Array<(place: boolean) => void>;
}

export interface AdmissionGate {
  run<T>(key: string, task: (leave: LeaveLine) => Promise<T>): Promise<T>;
  /** Buyers of `key` running with a place, and waiting. */
  load(key: string): { running: number; waiting: number };
}

export function admissionGate({ limit, holdMs, openFor = () => false }: AdmissionOptions): AdmissionGate {
  const lines = new Map<string, Line>();

  // Places are handed over synchronously on release, so a newcomer can never take a freed place
  // ahead of someone already waiting, and a release can never pass by a waiter unwoken.
  function admitWaiting(key: string, line: Line) {
    while (line.waiting.length > 0 && line.running < limit) {
      line.running++;
      line.waiting.shift()!(true);
    }
    if (line.waiting.length > 0 && openFor(key)) {
      for (const wake of line.waiting.splice(0)) wake(false);
    }
    if (line.running === 0 && line.waiting.length === 0) lines.delete(key);
  }

  async function enter(key: string): Promise<{ place: boolean; line: Line | null }> {
    let line = lines.get(key);
    if (!line) lines.set(key, (line = { running: 0, waiting: [] }));
    if (line.waiting.length === 0 && line.running < limit) {
      line.running++;
      return { place: true, line };
    }
    if (line.waiting.length === 0 && openFor(key)) return { place: false, line: null };
    const waitingLine = line;
    return { place: await new Promise<boolean>((resolve) => waitingLine.waiting.push(resolve)), line };
  }

  return {
    async run(key, task) {
      const { place, line } = await enter(key);
      let left = !place;
      let timer: NodeJS.Timeout | undefined;
      const leave = () => {
        if (left) return;
        left = true;
        clearTimeout(timer);
        line!.running--;
        admitWaiting(key, line!);
      };
      if (place) timer = setTimeout(leave, holdMs).unref();
      try {
        return await task(leave);
      } finally {
        leave();
      }
    },
    load(key) {
      const line = lines.get(key);
      return { running: line?.running ?? 0, waiting: line?.waiting.length ?? 0 };
    },
  };
}

// Enough buyers at once to keep the database busy while one waits on a round trip; few enough
// that a hundred winners are not spread across a thousand requests' round trips.
const BUYERS_AT_ONCE_PER_VARIANT = 8;
// A reservation takes milliseconds; one holding its place this long is stuck on something else.
const HOLD_AT_MOST_MS = 10_000;

/** The line for buying a variant (the Buy button and #buy replies), keyed by variant id. */
export const checkoutLine = admissionGate({ limit: BUYERS_AT_ONCE_PER_VARIANT, holdMs: HOLD_AT_MOST_MS, openFor: knownSoldOut });
