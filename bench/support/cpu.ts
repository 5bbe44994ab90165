// CPU time spent by the bench app's own processes (Linux /proc), split into the Next.js web
// processes, the Stripe emulator and the launcher, plus the PostgreSQL backends serving the bench
// database (found by the database name in their process title), so a figure can be given per
// request whatever else loads the machine. A backend that exits between two readings loses its
// share, so long-lived pooled connections are what this counts.
import { readdirSync, readFileSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux

export interface CpuSplit {
  web: number;
  emulator: number;
  launcher: number;
  postgres: number;
}

type Kind = keyof CpuSplit;

interface ProcessCpu {
  pid: number;
  kind: Kind;
  ms: number;
}

function processes(processGroup: number, database?: string): ProcessCpu[] {
  const found: ProcessCpu[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name, which may contain spaces: state ppid pgrp … utime(14) stime(15).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      let kind: Kind;
      if (Number(fields[2]) === processGroup) {
        if (command.includes('stripe-emulator')) kind = 'emulator';
        else if (command.includes('next/dist/bin/next') || command.includes('next-server')) kind = 'web';
        else kind = 'launcher';
      } else if (database && command.startsWith('postgres: ') && command.split(' ').includes(database)) {
        kind = 'postgres';
      } else {
        continue;
      }
      found.push({ pid: Number(entry), kind, ms: (Number(fields[11]) + Number(fields[12])) * TICK_MS });
    } catch {
      // the process ended meanwhile
    }
  }
  return found;
}

export function groupCpuMs(processGroup: number, database?: string): CpuSplit {
  const split: CpuSplit = { web: 0, emulator: 0, launcher: 0, postgres: 0 };
  for (const process of processes(processGroup, database)) split[process.kind] += process.ms;
  return split;
}

export function cpuSince(processGroup: number, before: CpuSplit, database?: string): CpuSplit {
  const now = groupCpuMs(processGroup, database);
  return { web: now.web - before.web, emulator: now.emulator - before.emulator, launcher: now.launcher - before.launcher, postgres: now.postgres - before.postgres };
}

/** The web processes' and the emulator's pids (to find their CPU profiles). */
export function groupPids(processGroup: number): { web: number[]; emulator: number[] } {
  const all = processes(processGroup);
  return { web: all.filter((p) => p.kind === 'web').map((p) => p.pid), emulator: all.filter((p) => p.kind === 'emulator').map((p) => p.pid) };
}
