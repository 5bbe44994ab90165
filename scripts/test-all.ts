// `npm test`: every suite in turn — vitest (unit + integration on real PostgreSQL), a production
// build, then Playwright in Chromium — and one closing line "N passed, N failed" for all of them.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

interface Tally {
  passed: number;
  failed: number;
}

function run(command: string, args: string[]): number {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: "inherit" });
  return result.status ?? 1;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function vitestTally(file: string): Tally {
  const report = readJson(file) as { numPassedTests?: number; numFailedTests?: number } | null;
  return { passed: report?.numPassedTests ?? 0, failed: report?.numFailedTests ?? 0 };
}

function playwrightTally(file: string): Tally {
  const report = readJson(file) as { stats?: { expected?: number; unexpected?: number; flaky?: number } } | null;
  return { passed: (report?.stats?.expected ?? 0) + (report?.stats?.flaky ?? 0), failed: report?.stats?.unexpected ?? 0 };
}

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

const vitestExit = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json']);
const unit = vitestTally('test-results/vitest.json');
if (vitestExit !== 0 && unit.failed === 0) unit.failed = 1; // a crash before any test ran still fails the run

const buildExit = run('npx', ['next', 'build']);
let e2e: Tally = { passed: 0, failed: buildExit === 0 ? 0 : 1 };
if (buildExit === 0) {
  const e2eExit = run('npx', ['playwright', 'test']);
  e2e = playwrightTally('test-results/e2e.json');
  if (e2eExit !== 0 && e2e.failed === 0) e2e.failed = 1;
}

const passed = unit.passed + e2e.passed;
const failed = unit.failed + e2e.failed;
console.log(`\nvitest: ${unit.passed} passed, ${unit.failed} failed; playwright: ${e2e.passed} passed, ${e2e.failed} failed`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
