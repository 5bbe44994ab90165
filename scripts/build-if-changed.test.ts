import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildIfChanged, sourceHash } from './build-if-changed';

let root: string;

/** A stand-in for `next build`: writes a BUILD_ID that counts the builds. */
function fakeBuild(succeeds = true) {
  return () => {
    if (!succeeds) return false;
    const id = path.join(root, '.next', 'BUILD_ID');
    let count = 0;
    try {
      count = Number(readFileSync(id, 'utf8'));
    } catch {
      mkdirSync(path.dirname(id), { recursive: true });
    }
    writeFileSync(id, String(count + 1));
    return true;
  };
}
const builds = () => Number(readFileSync(path.join(root, '.next', 'BUILD_ID'), 'utf8'));
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'hashcart-build-'));
  write('app/page.tsx', 'export default function Page() {}');
  write('package-lock.json', '{}');
  write('next.config.ts', 'export default {}');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('build only when the sources changed', () => {
  it('builds the first time, skips an unchanged restart, rebuilds after an edit', () => {
    const options = { root, distDir: '.next', build: fakeBuild(), env: {} };
    expect(buildIfChanged(options)).toBe('built');
    expect(buildIfChanged(options)).toBe('unchanged');
    write('lib/money.ts', 'export const cents = 100;');
    expect(buildIfChanged(options)).toBe('built');
    expect(buildIfChanged(options)).toBe('unchanged');
    expect(builds()).toBe(2);
  });

  it('rebuilds when the lock file, the config or a baked-in variable changes', () => {
    const before = sourceHash(root, {});
    write('package-lock.json', '{"lockfileVersion":3}');
    const afterLock = sourceHash(root, {});
    write('next.config.ts', 'export default { output: "standalone" }');
    const afterConfig = sourceHash(root, {});
    expect(new Set([before, afterLock, afterConfig, sourceHash(root, { NEXT_PUBLIC_X: '1' })]).size).toBe(4);
  });

  it('ignores what does not go into the build: tests, docs, data, other builds, dependencies', () => {
    const before = sourceHash(root, { PATH: '/bin' });
    write('lib/money.test.ts', 'test');
    write('README.md', '# docs');
    write('.data/pglite/file', 'x');
    write('.next-other/BUILD_ID', 'x');
    write('node_modules/x/index.js', 'x');
    write('e2e/buy.spec.ts', 'x');
    expect(sourceHash(root, { PATH: '/usr/bin' })).toBe(before);
  });

  it('rebuilds when the build folder was removed, and keeps no hash after a failed build', () => {
    const options = { root, distDir: '.next', env: {} };
    expect(buildIfChanged({ ...options, build: fakeBuild() })).toBe('built');
    rmSync(path.join(root, '.next', 'BUILD_ID'));
    expect(buildIfChanged({ ...options, build: fakeBuild() })).toBe('built');
    write('app/page.tsx', 'broken(');
    expect(() => buildIfChanged({ ...options, build: fakeBuild(false) })).toThrow(/build failed/);
    expect(buildIfChanged({ ...options, build: fakeBuild() })).toBe('built');
  });
});
