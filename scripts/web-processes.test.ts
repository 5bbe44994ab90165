import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { planWebProcesses } from './web-processes';

const DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/x';

describe('planWebProcesses', () => {
  it('serves from one process per core on PostgreSQL, or WEB_CONCURRENCY', () => {
    expect(planWebProcesses({ DATABASE_URL }).processes).toBe(os.availableParallelism());
    expect(planWebProcesses({ DATABASE_URL, WEB_CONCURRENCY: '3' })).toMatchObject({ processes: 3, problems: [] });
  });

  it('serves from one process on the embedded database, and says why', () => {
    const plan = planWebProcesses({});
    expect(plan).toMatchObject({ processes: 1, problems: [] });
    expect(plan.note).toMatch(/PGlite database belongs to one process/);
    expect(planWebProcesses({ WEB_CONCURRENCY: '1' })).toMatchObject({ processes: 1, problems: [] });
  });

  it('refuses a count it cannot honour', () => {
    expect(planWebProcesses({ WEB_CONCURRENCY: '4' }).problems).toEqual(['WEB_CONCURRENCY=4 needs DATABASE_URL: the embedded PGlite database can only be opened by one process.']);
    expect(planWebProcesses({ DATABASE_URL, WEB_CONCURRENCY: 'lots' }).problems).toHaveLength(1);
    expect(planWebProcesses({ DATABASE_URL, WEB_CONCURRENCY: '0' }).problems).toHaveLength(1);
  });
});
