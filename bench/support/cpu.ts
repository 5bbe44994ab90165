// CPU time spent by the bench app's own processes (Linux /proc), split into the Next.js web
// processes and the Stripe emulator, so a figure can be given per request whatever else loads the
// machine. PostgreSQL's backends are not in the group and are not counted.
import { readdirSync, readFileSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux

export interface CpuSplit {
  web: number;
  emulator: number;
  launcher: number;
}

export function groupCpuMs(processGroup: number): CpuSplit {
  const split: CpuSplit = { web: 0, emulator: 0, launcher: 0 };
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name, which may contain spaces: state ppid pgrp … utime(14) stime(15).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== processGroup) continue;
      const ms = (Number(fields[11]) + Number(fields[12])) * TICK_MS;
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (command.includes('stripe-emulator')) split.emulator += ms;
      else if (command.includes('next/dist/bin/next') || command.includes('next-server')) split.web += ms;
      else split.launcher += ms;
    } catch {
      // the process ended meanwhile
    }
  }
  return split;
}

export function cpuSince(processGroup: number, before: CpuSplit): CpuSplit {
  const now = groupCpuMs(processGroup);
  return { web: now.web - before.web, emulator: now.emulator - before.emulator, launcher: now.launcher - before.launcher };
}
