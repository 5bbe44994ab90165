// Where a bench phase's CPU went, from the profiles a `BENCH_CPU_PROFILE=<dir>` run wrote:
//   npx tsx bench/profile-split.ts <dir>
// Each sample inside a phase's window is charged to the innermost frame that belongs to a known
// part (Next.js and React, better-auth, our code, the database client, the Stripe SDK, zod, the
// emulator's modules, one by one), found by mapping the built chunks back to their sources; Node's own
// internals (http, streams, zlib) count for whichever part called them. Sampled time is wall time
// on a loaded machine, so read the shares, not the milliseconds: the bench's /proc CPU figures
// give the absolute cost.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PhaseFile } from './support/cpu-profile';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface Profile {
  nodes: { id: number; callFrame: CallFrame; children?: number[] }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A part of the app (framework, auth/session, our code…) or, in the emulator, one of its modules. */
type Part = string;

const maps = new Map<string, SourceMap | null>();

function sourceMapOf(url: string): SourceMap | null {
  if (!maps.has(url)) {
    let map: SourceMap | null = null;
    try {
      const file = url.startsWith('file://') ? fileURLToPath(url) : url;
      if (existsSync(`${file}.map`)) map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
    } catch {
      map = null;
    }
    maps.set(url, map);
  }
  return maps.get(url)!;
}

/** The source a frame was built from (a bundled chunk mapped back), or its own url. */
function sourceOf(frame: CallFrame): string {
  const map = frame.url.includes('/.next') ? sourceMapOf(frame.url) : null;
  if (!map) return frame.url;
  const entry = map.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string };
  return entry.originalSource ?? frame.url;
}

function partOf(source: string): Part | null {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1];
  if (pkg) {
    if (pkg === 'next' || pkg.startsWith('react') || pkg.startsWith('@next/')) return 'framework (Next.js, React, Node http)';
    if (/better-auth|better-call|^jose$|@noble|kysely|defu|rou3/.test(pkg)) return 'auth/session (better-auth)';
    // drizzle-orm's own source maps name its files node_modules/src/….
    if (pkg === 'postgres' || pkg === 'drizzle-orm' || pkg === 'src') return 'DB client (postgres.js, drizzle)';
    if (pkg === 'stripe') return 'Stripe SDK';
    if (pkg === 'zod') return 'validation (zod)';
    return `other (${pkg})`;
  }
  if (source.startsWith('node:internal/deps/undici')) return 'fetch (undici)';
  const emulatorModule = /tools\/stripe-emulator\/(.*)$/.exec(source)?.[1];
  if (emulatorModule) return `emulator ${emulatorModule}`;
  if (source.includes('[turbopack]_runtime')) return 'framework (Next.js, React, Node http)';
  if (/\/(lib|app|db|components|proxy)[/.]/.test(source) || /\[project\]\/(lib|app|db|components)/.test(source)) {
    return source.includes('/lib/auth/') ? 'auth/session (better-auth)' : 'our code';
  }
  return null;
}

/** `runtime`: the part charged for Node internals with no caller of ours on the stack (the http server itself, timers). */
function splitPhase(profile: Profile, startUs: number, endUs: number, runtime: Part, parts: Map<Part, number>): void {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const partOfNode = new Map<number, Part>();
  const resolve = (id: number): Part => {
    const known = partOfNode.get(id);
    if (known) return known;
    const frame = nodes.get(id)!.callFrame;
    let part: Part | null = null;
    if (frame.functionName === '(garbage collector)') part = 'GC';
    else if (frame.url) part = partOf(sourceOf(frame));
    if (!part) {
      const up = parent.get(id);
      part = up === undefined || nodes.get(up)!.callFrame.functionName === '(root)' ? runtime : resolve(up);
    }
    partOfNode.set(id, part);
    return part;
  };
  let at = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i]!;
    if (at < startUs || at > endUs) continue;
    const id = profile.samples[i]!;
    const name = nodes.get(id)!.callFrame.functionName;
    if (name === '(idle)' || name === '(program)') continue;
    const part = resolve(id);
    parts.set(part, (parts.get(part) ?? 0) + (profile.timeDeltas[i + 1] ?? 1000) / 1000);
  }
}

const dir = process.argv[2];
if (!dir) throw new Error('usage: npx tsx bench/profile-split.ts <BENCH_CPU_PROFILE dir>');
const phases = JSON.parse(readFileSync(path.join(dir, 'phases.json'), 'utf8')) as PhaseFile;
const profiles = new Map(
  readdirSync(dir)
    .filter((file) => file.endsWith('.cpuprofile'))
    .map((file) => [Number(file.split('.')[0]), path.join(dir, file)]),
);
const loaded = (pids: number[]) => pids.filter((pid) => profiles.has(pid)).map((pid) => JSON.parse(readFileSync(profiles.get(pid)!, 'utf8')) as Profile);
const web = loaded(phases.pids.web);
const emulator = loaded(phases.pids.emulator);
if (web.length === 0) throw new Error(`no web process profiles in ${dir} (pids ${phases.pids.web.join(', ')})`);

for (const phase of phases.phases) {
  for (const [label, group, runtime] of [
    ['web processes', web, 'framework (Next.js, React, Node http)'],
    ['emulator', emulator, 'Node http server, streams, timers'],
  ] as const) {
    const parts = new Map<Part, number>();
    for (const profile of group) splitPhase(profile, phase.startUs, phase.endUs, runtime, parts);
    const total = [...parts.values()].reduce((sum, ms) => sum + ms, 0);
    if (total === 0) continue;
    const rows = [...parts].sort((a, b) => b[1] - a[1]).map(([part, ms]) => `${part} ${((100 * ms) / total).toFixed(0)}%`);
    console.log(`${phase.name} — ${label}: ${rows.join(' · ')} (sampled ${total.toFixed(0)} ms for ${phases.requests[phase.name]} requests)`);
  }
}
