// Optional V8 CPU profiles of a bench app (BENCH_CPU_PROFILE=<dir>): every Node process the app
// starts writes <pid>.cpuprofile into <dir> when it exits (cpu-profile-preload.cjs), and the bench notes when each phase ran and
// which processes were web processes or the emulator (phases.json), so `bench/profile-split.ts` can
// say where one phase's CPU went. Profile timestamps and process.hrtime share the monotonic clock.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { groupPids } from './cpu';

export interface Phase {
  name: string;
  /** Microseconds on the monotonic clock, as in .cpuprofile files. */
  startUs: number;
  endUs: number;
}

export interface PhaseFile {
  phases: Phase[];
  pids: { web: number[]; emulator: number[] };
  /** Requests per phase, to give the split per request. */
  requests: Record<string, number>;
}

const nowUs = () => Number(process.hrtime.bigint() / 1000n);

/** The environment that makes the app's Node processes profile themselves into `dir`. */
export function cpuProfileEnv(dir: string): Record<string, string> {
  const preload = path.join(import.meta.dirname, 'cpu-profile-preload.cjs');
  return { BENCH_CPU_PROFILE: path.resolve(dir), NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require=${preload}`.trim() };
}

export class PhaseLog {
  private readonly file: PhaseFile = { phases: [], pids: { web: [], emulator: [] }, requests: {} };

  constructor(
    private readonly dir: string | undefined,
    private readonly processGroup: number,
  ) {}

  async time<T>(name: string, requests: number, run: () => Promise<T>): Promise<T> {
    const startUs = nowUs();
    try {
      return await run();
    } finally {
      this.file.phases.push({ name, startUs, endUs: nowUs() });
      this.file.requests[name] = requests;
      if (this.dir) {
        this.file.pids = groupPids(this.processGroup);
        writeFileSync(path.join(this.dir, 'phases.json'), JSON.stringify(this.file, null, 2));
      }
    }
  }
}
