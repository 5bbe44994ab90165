// No module of the app imports itself through others: a cycle (type-only imports included) makes
// layers impossible to read and load order fragile. dependency-cruiser walks every source file of
// app, components, lib, db and tools with the tsconfig's paths; the test lists each cycle it finds.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

const ROOT = path.resolve(import.meta.dirname, '..');
const SCANNED = ['app', 'components', 'lib', 'db', 'tools'];

async function cyclesIn(paths: string[]): Promise<string[]> {
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    const { output } = await cruise(
      paths,
      {
        validate: true,
        ruleSet: { forbidden: [{ name: 'no-cycle', severity: 'error', from: {}, to: { circular: true } }] },
        // Type-only imports count: `import type` both ways is still two modules that know each other.
        tsPreCompilationDeps: true,
        tsConfig: { fileName: 'tsconfig.json' },
        doNotFollow: { path: 'node_modules' },
        exclude: { path: ['node_modules', '^\\.next', '\\.d\\.ts$'] },
      },
      {},
      { tsConfig: extractTSConfig(path.join(ROOT, 'tsconfig.json')) },
    );
    const result = output as ICruiseResult;
    const cycles = result.summary.violations
      .filter((violation) => violation.rule.name === 'no-cycle')
      .map((violation) => [violation.from, ...(violation.cycle ?? []).map((step) => (typeof step === 'string' ? step : step.name))].join(' → '));
    return [...new Set(cycles)].sort();
  } finally {
    process.chdir(cwd);
  }
}

describe('import cycles', () => {
  it('finds a cycle when there is one', async () => {
    expect(await cyclesIn(['test/fixtures/import-cycle'])).toEqual(['test/fixtures/import-cycle/a.ts → test/fixtures/import-cycle/b.ts → test/fixtures/import-cycle/a.ts']);
  });

  it(`has none in ${SCANNED.join(', ')}`, async () => {
    expect(await cyclesIn(SCANNED)).toEqual([]);
  }, 120_000);
});
