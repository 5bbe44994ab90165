// Fuzzing every server action and the JSON route handlers with hostile input (control characters,
// 36 dashes, SQL, huge and odd Unicode strings, wrong types) as a caller who passes every role
// check, so the input reaches as deep as it can. No action may answer `internal` or throw, and no
// route may answer 5xx: malformed input is refused at the edge with a clear error.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { actionEnvironment, sessionCookie, useActionStripe } from '@/test/action-calls';
import fc from 'fast-check';
import { eq } from 'drizzle-orm';
import { users } from '@/db/schema';
import type { Db } from '@/db/open';
import { testDb } from '@/test/database';
import { makeBrand, makePost } from '@/test/factories';
import { setRequestHeaders } from '@/test/next-request';
import { ACTIONS } from '@/e2e/authz/expectations';

vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));

const RUNS = Number(process.env.FUZZ_RUNS ?? 15);
const ORIGIN = 'http://localhost:3997';
actionEnvironment({ origin: ORIGIN, admin: 'fuzz-admin@example.test' });
useActionStripe();

let db: Db;
let cookie = '';
let postId = '';

beforeAll(async () => {
  db = await testDb();
  cookie = await sessionCookie('fuzz-admin@example.test', 'Fuzz');
  const [me] = await db.select().from(users).where(eq(users.email, 'fuzz-admin@example.test'));
  const brand = await makeBrand(db, me!.id);
  postId = (await makePost(db, brand.id)).id;
});

/** Strings a prober sends: control characters, look-alike ids, SQL, very long, odd Unicode. */
const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('-'.repeat(36), '00000000-0000-0000-0000-000000000000', "1' or '1'='1", 'a\u0000b', '\u0007', 'ZZZ', 'eur', '/\t/evil.com', '/x\ny', '', ' ', 'NaN', '-1', '1e309', '9'.repeat(30)),
  fc.uuid().map(String),
  fc.string({ minLength: 3000, maxLength: 5000 }),
);
const value = fc.oneof(hostile, fc.array(hostile, { maxLength: 3 }));

async function load(key: string) {
  const [file, name] = key.split('#') as [string, string];
  const module = (await import(/* @vite-ignore */ `@/${file}`)) as Record<string, (state: null, input: unknown) => Promise<unknown>>;
  return module[name]!;
}

describe('fuzzing server actions from their input fields', () => {
  for (const [key, row] of Object.entries(ACTIONS)) {
    if (key.endsWith('#signOut')) continue; // takes no input
    it(`${key}: never internal, never a crash`, async () => {
      const action = await load(key);
      const fields = Object.keys(row.input);
      await fc.assert(
        fc.asyncProperty(fc.record(Object.fromEntries(fields.map((field) => [field, value])), { requiredKeys: [] }), async (input) => {
          setRequestHeaders({ origin: ORIGIN, cookie });
          let result: unknown;
          try {
            result = await action(null, input);
          } catch (error) {
            // redirect() is how some actions finish; anything else is a crash.
            if (String((error as { digest?: unknown })?.digest ?? '').startsWith('NEXT_REDIRECT')) return;
            throw error;
          }
          expect(result).not.toMatchObject({ error: 'internal' });
        }),
        { numRuns: RUNS },
      );
    });
  }
});

describe('fuzzing route handlers', () => {
  it('/api/feed and /api/posts/[id]/replies never answer 5xx', async () => {
    const { NextRequest } = await import('next/server');
    const feed = await import('@/app/api/feed/route');
    const replies = await import('@/app/api/posts/[id]/replies/route');
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom('scope', 'tag', 'brandId', 'cursor'), hostile), hostile, async (query, id) => {
        setRequestHeaders({ origin: ORIGIN });
        const url = new URL('http://localhost/api/feed');
        for (const [name, text] of Object.entries(query)) url.searchParams.set(name, text);
        expect((await feed.GET(new NextRequest(url))).status).toBeLessThan(500);
        const thread = await replies.GET(new NextRequest(`http://localhost/api/posts/x/replies`), { params: Promise.resolve({ id }) });
        expect(thread.status).toBeLessThan(500);
      }),
      { numRuns: RUNS * 4 },
    );
    // A real post still answers.
    const ok = await replies.GET(new NextRequest(`http://localhost/api/posts/${postId}/replies`), { params: Promise.resolve({ id: postId }) });
    expect(ok.status).toBe(200);
  });
});
