// Each lifecycle has one writer: lib/orders creates orders and writes their status,
// lib/catalog/post-transitions.ts writes posts' status. This scan fails on any other INSERT into
// orders, or UPDATE of orders or posts that sets status, in the app's source.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const SCANNED = ['app', 'components', 'lib', 'db', 'tools', 'scripts'];
const WRITERS = { orders: 'lib/orders/', posts: 'lib/catalog/post-transitions.ts' } as const;
type Table = keyof typeof WRITERS;

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(file);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

/** Each place in `source` that sets `table`'s status (or creates an order), as "file:line: what". */
function statusWrites(table: Table, file: string, source: string): string[] {
  const found: string[] = [];
  const at = (index: number, what: string) => found.push(`${file}:${source.slice(0, index).split('\n').length}: ${what}`);
  if (table === 'orders') for (const match of source.matchAll(/\.insert\(\s*orders\s*\)/g)) at(match.index, 'inserts an order');
  for (const match of source.matchAll(new RegExp(`\\.update\\(\\s*${table}\\s*\\)`, 'g'))) {
    // The statement's SET: up to its WHERE (or the end of the statement).
    const rest = source.slice(match.index);
    const set = rest.slice(0, rest.search(/\.where\(|;/) + 1 || undefined);
    if (/\bstatus\b/.test(set)) at(match.index, `sets ${table}.status`);
  }
  for (const match of source.matchAll(new RegExp(`\\b(insert\\s+into|update)\\s+("?${table}"?|\\$\\{${table}\\})[\\s\\S]{0,400}?(;|\`)`, 'gi'))) {
    if ((table === 'orders' && /^insert/i.test(match[1]!)) || /\bstatus\s*=/.test(match[0])) at(match.index, `writes ${table} in SQL`);
  }
  return found;
}

describe('status writers', () => {
  it('finds the writes it is meant to find', () => {
    const samples: [Table, string][] = [
      ['orders', "await db.update(orders).set({ status: 'paid' }).where(eq(orders.id, id));"],
      ['orders', 'await tx.insert(orders).values(row);'],
      ['orders', "await sql`update orders set status = 'paid' where id = ${id}`;"],
      ['orders', "await db.execute(sql`UPDATE ${orders} SET status = 'canceled'`);"],
      ['posts', "await tx\n  .update(posts)\n  .set({ status: 'hidden', updatedAt: new Date() })\n  .where(inArray(posts.id, ids));"],
    ];
    for (const [table, sample] of samples) expect(statusWrites(table, 'sample.ts', sample)).toHaveLength(1);
    expect(statusWrites('orders', 'sample.ts', "await db.update(orders).set({ lastPaymentError: 'x' }).where(eq(orders.status, 'pending_payment'));")).toEqual([]);
    expect(statusWrites('posts', 'sample.ts', 'await db.update(posts).set({ body }).where(eq(posts.id, id));')).toEqual([]);
  });

  for (const table of Object.keys(WRITERS) as Table[]) {
    it(`has no writer of ${table}.status outside ${WRITERS[table]}`, () => {
      const writes = SCANNED.flatMap(sourceFiles)
        .filter((file) => !file.startsWith(WRITERS[table]))
        .flatMap((file) => statusWrites(table, file, readFileSync(path.join(ROOT, file), 'utf8')));
      expect(writes).toEqual([]);
    });
  }
});
