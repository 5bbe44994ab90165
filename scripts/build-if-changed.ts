// `npm start` builds only when something that goes into the build changed since the last build:
// the sources, the lock file, the config and the build-time environment are hashed, and the hash is
// kept beside the build. An unchanged restart skips the ~70 s build and serves in seconds.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// What never goes into the app's build: dependencies, builds, local data, tests, docs, tooling.
const SKIPPED_DIRS = new Set(['.git', 'node_modules', '.data', 'playwright-report', 'e2e', 'bench', 'docs', 'test', '.ci', 'deploy']);
const SKIPPED_DIR_PREFIXES = ['.next', 'test-results'];
const SKIPPED_FILES = /(\.test\.tsx?|\.md|\.tsbuildinfo|^next-env\.d\.ts)$/;
const HASH_FILE = 'hashcart-source-hash';

function files(root: string, dir = ''): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const relative = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (SKIPPED_DIRS.has(entry.name) || SKIPPED_DIR_PREFIXES.some((prefix) => entry.name.startsWith(prefix))) return [];
        return files(root, relative);
      }
      return entry.isFile() && !SKIPPED_FILES.test(entry.name) ? [relative] : [];
    });
}

/** Hash of every file that goes into the build and of the variables Next.js bakes into it. */
export function sourceHash(root: string, env: Record<string, string | undefined> = process.env): string {
  const hash = createHash('sha256');
  for (const file of files(root)) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(root, file)));
  }
  const baked = Object.keys(env)
    .filter((name) => name.startsWith('NEXT_PUBLIC_') || name === 'NEXT_OUTPUT')
    .sort();
  for (const name of baked) hash.update(`${name}=${env[name]}\0`);
  return hash.digest('hex');
}

export interface BuildOptions {
  root: string;
  distDir: string;
  /** Runs the build; true when it succeeded. */
  build: () => boolean;
  env?: Record<string, string | undefined>;
}

export function buildIfChanged({ root, distDir, build, env = process.env }: BuildOptions): 'built' | 'unchanged' {
  const hashFile = path.join(root, distDir, HASH_FILE);
  const current = sourceHash(root, env);
  const previous = existsSync(hashFile) ? readFileSync(hashFile, 'utf8').trim() : null;
  if (previous === current && existsSync(path.join(root, distDir, 'BUILD_ID'))) return 'unchanged';
  if (!build()) throw new Error('next build failed');
  // Hashed before building, so an edit made during the build triggers the next one.
  writeFileSync(hashFile, `${current}\n`);
  return 'built';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.cwd();
  const distDir = process.env.NEXT_DIST_DIR ?? '.next';
  try {
    const outcome = buildIfChanged({
      root,
      distDir,
      build: () => spawnSync(path.join(root, 'node_modules/.bin/next'), ['build'], { stdio: 'inherit' }).status === 0,
    });
    if (outcome === 'unchanged') console.log(`Sources unchanged since the last build in ${distDir}/: not rebuilding.`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
