// The one guard every action goes through, exercised through real actions as a browser calls them:
// where the request came from, and input that must never reach SQL.
import { beforeAll, describe, expect, it } from 'vitest';
import { actionEnvironment, form, sessionCookie } from '@/test/action-calls';
import { eq } from 'drizzle-orm';
import { replies, reports } from '@/db/schema';
import type { Db } from '@/db/open';
import { testDb } from '@/test/database';
import { makeBrand, makePost } from '@/test/factories';
import { setRequestHeaders } from '@/test/next-request';

const ours = 'http://localhost:3999';
actionEnvironment({ origin: ours, admin: 'guard-admin@example.test' });

const { postReply } = await import('@/lib/actions/replies/post-reply');
const { reportContent } = await import('@/lib/actions/reports/report-content');
const { hidePostAction } = await import('@/lib/actions/admin/hide-post');
const { createPost } = await import('@/lib/actions/posts/create-post');

let db: Db;

beforeAll(async () => {
  db = await testDb();
});

describe('origin of a server action', () => {
  const postId = crypto.randomUUID();
  it('refuses a request with no Origin header', async () => {
    setRequestHeaders({});
    expect(await postReply(null, form({ postId, body: 'hi' }))).toMatchObject({ ok: false, error: 'forbidden' });
  });

  it('refuses a forged Origin that matches a client-sent X-Forwarded-Host', async () => {
    setRequestHeaders({ origin: 'https://evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https', host: 'evil.example' });
    expect(await postReply(null, form({ postId, body: 'hi' }))).toMatchObject({ ok: false, error: 'forbidden' });
  });

  it('believes forwarded headers only when a proxy is trusted', async () => {
    process.env.TRUST_PROXY = '1';
    try {
      setRequestHeaders({ origin: 'https://shop.example', 'x-forwarded-host': 'shop.example', 'x-forwarded-proto': 'https' });
      expect(await postReply(null, form({ postId, body: 'hi' }))).toMatchObject({ ok: false, error: 'unauthenticated' });
    } finally {
      delete process.env.TRUST_PROXY;
    }
  });

  it('lets our own origin (and its loopback aliases) through to the next check', async () => {
    for (const origin of [ours, 'http://127.0.0.1:3999']) {
      setRequestHeaders({ origin });
      expect(await postReply(null, form({ postId, body: 'hi' }))).toMatchObject({ ok: false, error: 'unauthenticated' });
    }
  });
});

describe('input that must never reach SQL', () => {
  it('a NUL byte in a reply or a report note is invalid_input, and nothing is stored', async () => {
    const brand = await makeBrand(db);
    const post = await makePost(db, brand.id);
    setRequestHeaders({ origin: ours, cookie: await sessionCookie(`guard-${crypto.randomUUID()}@example.test`) });
    expect(await postReply(null, form({ postId: post.id, body: 'hello\u0000there' }))).toMatchObject({ ok: false, error: 'invalid_input', fieldErrors: { body: expect.any(String) } });
    expect(await postReply(null, form({ postId: post.id, body: 'bell\u0007' }))).toMatchObject({ ok: false, error: 'invalid_input' });
    expect(await db.select().from(replies).where(eq(replies.postId, post.id))).toHaveLength(0);
    expect(await reportContent(null, form({ targetType: 'post', targetId: post.id, reason: 'spam', note: 'a\u0000b' }))).toMatchObject({ ok: false, error: 'invalid_input', fieldErrors: { note: expect.any(String) } });
    expect(await db.select().from(reports).where(eq(reports.targetId, post.id))).toHaveLength(0);
    // 36 dashes look like an id to a lax pattern.
    expect(await reportContent(null, form({ targetType: 'post', targetId: '-'.repeat(36), reason: 'spam' }))).toMatchObject({ ok: false, error: 'invalid_input' });
  });

  it('a non-UUID targetId in an admin action is invalid_input, not internal', async () => {
    setRequestHeaders({ origin: ours, cookie: await sessionCookie('guard-admin@example.test') });
    for (const targetId of ['-'.repeat(36), 'not-an-id', "1' or '1'='1"]) {
      expect(await hidePostAction(null, form({ targetId, reason: 'testing the guard' }))).toMatchObject({ ok: false, error: 'invalid_input', fieldErrors: { targetId: 'Unknown target.' } });
    }
  });

  it('a post priced in a currency that does not exist (ZZZ) is refused', async () => {
    const email = `guard-brand-${crypto.randomUUID()}@example.test`;
    const cookie = await sessionCookie(email);
    const { users } = await import('@/db/schema');
    const [owner] = await db.select().from(users).where(eq(users.email, email));
    await makeBrand(db, owner!.id);
    setRequestHeaders({ origin: ours, cookie });
    const fields = { body: 'A tee', currency: 'ZZZ', variantLabel: 'M', variantPrice: '25', variantStock: '3', publishMode: 'draft' };
    expect(await createPost(null, form(fields))).toMatchObject({ ok: false, error: 'invalid_input', fieldErrors: { currency: expect.any(String) } });
  });
});

describe('guards that narrow', () => {
  it('a brand action refuses a signed-in follower without a brand; an admin action refuses a brand owner', async () => {
    setRequestHeaders({ origin: ours, cookie: await sessionCookie(`guard-follower-${crypto.randomUUID()}@example.test`) });
    const fields = { title: 'Tee', body: 'A tee', currency: 'EUR', variantLabel: 'M', variantPrice: '25', variantStock: '3', publishMode: 'draft' };
    expect(await createPost(null, form(fields))).toMatchObject({ ok: false, error: 'forbidden' });
    const email = `guard-owner-${crypto.randomUUID()}@example.test`;
    const cookie = await sessionCookie(email);
    const { users } = await import('@/db/schema');
    const [owner] = await db.select().from(users).where(eq(users.email, email));
    const brand = await makeBrand(db, owner!.id);
    const post = await makePost(db, brand.id);
    setRequestHeaders({ origin: ours, cookie });
    expect(await hidePostAction(null, form({ targetId: post.id, reason: 'my own post' }))).toMatchObject({ ok: false, error: 'forbidden' });
  });

  it('a handler’s data comes back as the result’s data, its confirmation worded', async () => {
    const brand = await makeBrand(db);
    const post = await makePost(db, brand.id);
    setRequestHeaders({ origin: ours, cookie: await sessionCookie(`guard-reporter-${crypto.randomUUID()}@example.test`) });
    const result = await reportContent(null, form({ targetType: 'post', targetId: post.id, reason: 'counterfeit' }));
    const [stored] = await db.select().from(reports).where(eq(reports.targetId, post.id));
    expect(result).toEqual({ ok: true, data: { reportId: stored!.id }, message: expect.stringMatching(/\w/) });
    expect(result.ok && result.message).not.toBe('outcomes.report.thanks');
  });
});
