import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { brands, conversationMessages, moderationActions, orders, postReviews, posts, replies, reports, sessions, users, variants } from '@/db/schema';
import { inboxTexts } from '@/test/conversations';
import type { Db } from '@/db/open';
import { testDb } from '@/test/database';
import { makeBrand, makePost, makeUser } from '@/test/factories';
import { startTestStripe, type TestStripe } from '@/test/stripe';
import { listFeed } from '@/lib/catalog/feed';
import { publishPost } from '@/lib/catalog/posts';
import { reserveOrder } from '@/lib/checkout/reserve';
import { startCheckout } from '@/lib/checkout/start-checkout';
import { banUser } from './ban-user';
import { liftSuspension, suspendBrand, trustBrand } from './brand-actions';
import { removeReply } from './content-actions';
import { dismissReports } from './dismiss-reports';
import { approvePost, hidePost, restorePost } from './post-actions';
import { addProhibitedTerm, removeProhibitedTerm } from './prohibited-terms';
import { listAudit, type Actor } from './audit';
import { fileReport, listReportQueue } from './reports';
import { listPendingReview } from './review';
import { parseHeldReason } from './held-reasons';
import { translatorFor } from '@/lib/i18n/translator';

let db: Db;
let stripe: TestStripe;
let admin: Actor;

beforeAll(async () => {
  db = await testDb();
  stripe = await startTestStripe();
  const user = await makeUser(db, { name: 'Ada Admin' });
  admin = { id: user.id, name: user.name, roles: ['follower', 'admin'] };
});
afterAll(() => stripe.close());

const reason = 'Counterfeit branding';
const statusOf = async (postId: string) => (await db.select({ status: posts.status }).from(posts).where(eq(posts.id, postId)))[0]?.status;
const inboxOf = (userId: string) => inboxTexts(db, userId);
const auditCount = async () => (await db.select({ n: count() }).from(moderationActions))[0]!.n;
const follower = async (): Promise<Actor> => {
  const user = await makeUser(db);
  return { id: user.id, name: user.name, roles: ['follower'] };
};

describe('reports', () => {
  it('keeps one open report per user and target, refuses reporting your own post, and allows a new one once resolved', async () => {
    const brand = await makeBrand(db);
    const post = await makePost(db, brand.id);
    const reporter = await follower();
    await fileReport(db, reporter.id, { targetType: 'post', targetId: post.id, reason: 'counterfeit', note: 'Fake logo' });
    await expect(fileReport(db, reporter.id, { targetType: 'post', targetId: post.id, reason: 'scam' })).rejects.toMatchObject({ code: 'already_reported' });
    await expect(fileReport(db, brand.ownerId, { targetType: 'post', targetId: post.id, reason: 'scam' })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(fileReport(db, reporter.id, { targetType: 'post', targetId: crypto.randomUUID(), reason: 'scam' })).rejects.toMatchObject({ code: 'not_found' });

    await dismissReports(db, admin, { targetType: 'post', targetId: post.id, reason: 'Genuine product' });
    await fileReport(db, reporter.id, { targetType: 'post', targetId: post.id, reason: 'scam' });
    const rows = await db.select().from(reports).where(eq(reports.targetId, post.id));
    expect(rows.map((r) => r.status).sort()).toEqual(['dismissed', 'open']);
    expect(await inboxOf(reporter.id)).toEqual([expect.stringMatching(/does not break our rules/)]);
  });

  it('groups open reports by target in the queue, most reported first, with reasons and notes, and filters', async () => {
    const brand = await makeBrand(db);
    const once = await makePost(db, brand.id, { title: 'Reported once', body: 'Reported once' });
    const twice = await makePost(db, brand.id, { title: 'Reported twice', body: 'Reported twice' });
    const [a, b] = [await follower(), await follower()];
    await fileReport(db, a.id, { targetType: 'post', targetId: once.id, reason: 'offensive' });
    await fileReport(db, a.id, { targetType: 'post', targetId: twice.id, reason: 'counterfeit', note: 'Fake' });
    await fileReport(db, b.id, { targetType: 'post', targetId: twice.id, reason: 'scam' });
    await fileReport(db, b.id, { targetType: 'brand', targetId: brand.id, reason: 'scam' });

    const queue = (await listReportQueue(db, admin)).filter((g) => [once.id, twice.id, brand.id].includes(g.target.id));
    expect(queue.map((g) => [g.target.id, g.count])).toEqual([
      [twice.id, 2],
      [once.id, 1],
      [brand.id, 1],
    ]);
    expect(queue[0]).toMatchObject({ reasons: ['counterfeit', 'scam'], notes: ['Fake'], target: { name: expect.stringContaining('Reported twice'), href: `/p/${twice.id}` } });
    const brandsOnly = await listReportQueue(db, admin, { targetType: 'brand' });
    expect(brandsOnly.every((g) => g.target.type === 'brand')).toBe(true);
    const offensive = await listReportQueue(db, admin, { reason: 'offensive' });
    expect(offensive.map((g) => g.target.id)).toContain(once.id);
    expect(offensive.map((g) => g.target.id)).not.toContain(twice.id);
  });
});

describe('pre-publication review', () => {
  it("holds a new brand's first posts out of feeds and checkout until an admin approves", async () => {
    const brand = await makeBrand(db, undefined, { trusted: false });
    const post = await makePost(db, brand.id);
    expect(post.status).toBe('pending_review');
    expect(post.publishedAt).toBeNull();
    const [variant] = await db.select().from(variants).where(eq(variants.postId, post.id));
    const buyer = await makeUser(db);
    await expect(reserveOrder(db, { buyerId: buyer.id, postId: post.id, variantId: variant!.id, quantity: 1 })).rejects.toMatchObject({ code: 'not_buyable' });
    expect((await listFeed(db, { kind: 'brand', brandId: brand.id })).items).toHaveLength(0);
    const held = (await listPendingReview(db, admin)).find((p) => p.id === post.id);
    expect(held?.reasons.map(parseHeldReason)).toEqual([{ key: 'admin.held.reasons.newBrand' }]);
    expect((await translatorFor('en'))('admin.held.reasons.newBrand')).toBe('New brand: its first posts are reviewed');

    // Publishing again does not let the owner skip the queue.
    expect((await publishPost(db, brand.id, post.id)).status).toBe('pending_review');

    await approvePost(db, admin, { targetId: post.id, reason: 'Looks fine' });
    expect(await statusOf(post.id)).toBe('published');
    expect((await listFeed(db, { kind: 'brand', brandId: brand.id })).items.map((p) => p.id)).toEqual([post.id]);
    expect(await db.select().from(postReviews).where(eq(postReviews.postId, post.id))).toHaveLength(0);
    expect(await inboxOf(brand.ownerId)).toEqual([expect.stringContaining('Your post is live')]);
    await expect(approvePost(db, admin, { targetId: post.id, reason: 'Again' })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('publishes without review once two posts are live, or once an admin trusts the brand', async () => {
    const brand = await makeBrand(db, undefined, { trusted: false });
    for (const body of ['one', 'two']) {
      const post = await makePost(db, brand.id, { body });
      await approvePost(db, admin, { targetId: post.id, reason: 'Looks fine' });
    }
    expect((await makePost(db, brand.id, { body: 'three' })).status).toBe('published');

    const other = await makeBrand(db, undefined, { trusted: false });
    await trustBrand(db, admin, { targetId: other.id, reason: 'Known maker' });
    expect((await makePost(db, other.id)).status).toBe('published');
    expect((await db.select().from(brands).where(eq(brands.id, other.id)))[0]?.trustedAt).toBeInstanceOf(Date);
  });

  it('holds posts with a prohibited term or a price far below the brand usual, even from a trusted brand', async () => {
    const brand = await makeBrand(db);
    const term = await addProhibitedTerm(db, admin, { term: `replica${Date.now()}`, reason: 'Counterfeits' });
    const word = String(term.changes.term);
    const flagged = await makePost(db, brand.id, { body: `Best ${word.toUpperCase()} bags` });
    expect(flagged.status).toBe('pending_review');
    expect((await makePost(db, brand.id, { body: `Not a ${word}x match` })).status).toBe('published');

    await makePost(db, brand.id, { variants: [{ label: 'M', priceMinor: 5000, stock: 1 }] });
    const bait = await makePost(db, brand.id, { variants: [{ label: 'M', priceMinor: 300, stock: 1 }] });
    expect(bait.status).toBe('pending_review');
    const reasons = (await db.select().from(postReviews).where(eq(postReviews.postId, bait.id)))[0]?.reasons;
    const lowPrice = parseHeldReason(reasons![0]!)!;
    expect(lowPrice).toMatchObject({ key: 'admin.held.reasons.lowPrice', params: { price: 3, currency: 'EUR' } });
    expect((await translatorFor('en'))(lowPrice.key, lowPrice.params)).toMatch(/^Price €3\.00 is far below the brand's usual €/);
    expect((await translatorFor('it-IT'))(lowPrice.key, lowPrice.params)).toMatch(/^Prezzo di 3,00\s€, molto sotto i /u);

    await removeProhibitedTerm(db, admin, { targetId: term.targetId, reason: 'Too broad' });
    expect((await makePost(db, brand.id, { body: `Best ${word} bags` })).status).toBe('published');
  });
});

describe('admin actions', () => {
  it('hides a post: out of feeds, checkouts cancelled with stock and PaymentIntent released, reports closed, everyone told, logged', async () => {
    const brand = await makeBrand(db);
    const post = await makePost(db, brand.id, { title: 'Designer bag', body: 'Designer bag' });
    const [variant] = await db.select().from(variants).where(and(eq(variants.postId, post.id), eq(variants.label, 'M')));
    const buyer = await makeUser(db);
    const checkout = await startCheckout(db, stripe.stripe, { buyerId: buyer.id, postId: post.id, variantId: variant!.id, quantity: 2 });
    const reporter = await follower();
    await fileReport(db, reporter.id, { targetType: 'post', targetId: post.id, reason: 'counterfeit' });

    const logged = await hidePost(db, admin, { targetId: post.id, reason }, { stripe: stripe.stripe });

    expect(await statusOf(post.id)).toBe('hidden');
    expect((await listFeed(db, { kind: 'brand', brandId: brand.id })).items).toHaveLength(0);
    const [order] = await db.select().from(orders).where(eq(orders.id, checkout.orderId));
    expect(order?.status).toBe('canceled');
    expect((await db.select().from(variants).where(eq(variants.id, variant!.id)))[0]?.stock).toBe(10);
    expect((await stripe.stripe.paymentIntents.retrieve(order!.paymentIntentId!)).status).toBe('canceled');
    await expect(reserveOrder(db, { buyerId: buyer.id, postId: post.id, variantId: variant!.id, quantity: 1 })).rejects.toMatchObject({ code: 'not_buyable' });
    expect((await db.select().from(reports).where(eq(reports.targetId, post.id)))[0]).toMatchObject({ status: 'actioned', resolvedById: admin.id });
    expect(await inboxOf(reporter.id)).toEqual([expect.stringContaining('we hid it')]);
    expect(await inboxOf(brand.ownerId)).toEqual([`An admin hid your post. Reason: ${reason}`]);
    expect(await inboxOf(buyer.id)).toEqual([expect.stringContaining('was cancelled')]);
    expect(logged).toMatchObject({
      actorId: admin.id,
      actorName: 'Ada Admin',
      action: 'hide_post',
      targetType: 'post',
      targetId: post.id,
      targetName: expect.stringContaining('Designer bag'),
      reason,
      changes: { status: ['published', 'hidden'], cancelledOrders: 1 },
    });

    await restorePost(db, admin, { targetId: post.id, reason: 'Receipt shows it is genuine' });
    expect(await statusOf(post.id)).toBe('published');
  });

  it('refuses a blank reason and changes nothing', async () => {
    const brand = await makeBrand(db);
    const post = await makePost(db, brand.id);
    const before = await auditCount();
    await expect(hidePost(db, admin, { targetId: post.id, reason: '  ' })).rejects.toMatchObject({ code: 'invalid_input', field: 'reason' });
    expect(await statusOf(post.id)).toBe('published');
    expect(await auditCount()).toBe(before);
  });

  it('removes a reply and keeps what it said in the log', async () => {
    const brand = await makeBrand(db);
    const post = await makePost(db, brand.id);
    const author = await makeUser(db, { name: 'Rude Ron' });
    const [reply] = await db.insert(replies).values({ postId: post.id, authorId: author.id, body: 'You are all idiots' }).returning();
    const reporter = await follower();
    await fileReport(db, reporter.id, { targetType: 'reply', targetId: reply!.id, reason: 'offensive' });
    const logged = await removeReply(db, admin, { targetId: reply!.id, reason: 'Abuse' });
    expect(await db.select().from(replies).where(eq(replies.id, reply!.id))).toHaveLength(0);
    // The log keeps only what people wrote; the kind of target is worded for each reader.
    expect(logged).toMatchObject({ targetName: '"You are all idiots" · Rude Ron', changes: { body: 'You are all idiots' } });
    expect((await translatorFor('it-IT'))('admin.target.reply', { name: logged.targetName })).toBe('Risposta "You are all idiots" · Rude Ron');
    expect(await inboxOf(author.id)).toEqual(['An admin removed your reply. Reason: Abuse']);
    expect(await inboxOf(reporter.id)).toEqual(['Your report on Reply "You are all idiots" · Rude Ron: we removed it. Thank you for telling us.']);
    expect(await inboxTexts(db, reporter.id, undefined, 'de-DE')).toEqual(['Deine Meldung (Antwort "You are all idiots" · Rude Ron): Wir haben es entfernt. Danke für den Hinweis.']);
  });

  it('suspends a brand (posts hidden, checkout and publishing refused) and lifting restores exactly what it hid', async () => {
    const brand = await makeBrand(db);
    const live = await makePost(db, brand.id, { body: 'live' });
    const draft = await makePost(db, brand.id, { body: 'draft', publish: false });
    const hiddenBefore = await makePost(db, brand.id, { body: 'hidden before' });
    await hidePost(db, admin, { targetId: hiddenBefore.id, reason: 'Prohibited item' });

    await suspendBrand(db, admin, { targetId: brand.id, reason: 'Repeated counterfeits' });
    expect([await statusOf(live.id), await statusOf(draft.id), await statusOf(hiddenBefore.id)]).toEqual(['hidden', 'draft', 'hidden']);
    await expect(makePost(db, brand.id)).rejects.toMatchObject({ code: 'brand_suspended' });
    await expect(publishPost(db, brand.id, draft.id)).rejects.toMatchObject({ code: 'brand_suspended' });
    await expect(restorePost(db, admin, { targetId: live.id, reason: 'x'.repeat(5) })).rejects.toMatchObject({ code: 'brand_suspended' });
    await expect(suspendBrand(db, admin, { targetId: brand.id, reason: 'again' })).rejects.toMatchObject({ code: 'conflict' });
    expect(await inboxOf(brand.ownerId)).toContain('An admin suspended your brand; its posts are hidden and cannot be bought. Reason: Repeated counterfeits');

    await liftSuspension(db, admin, { targetId: brand.id, reason: 'Appeal accepted' });
    expect([await statusOf(live.id), await statusOf(draft.id), await statusOf(hiddenBefore.id)]).toEqual(['published', 'draft', 'hidden']);
  });

  it('bans a user: marked banned and every session ended', async () => {
    const user = await makeUser(db);
    await db.insert(sessions).values({ id: crypto.randomUUID(), token: crypto.randomUUID(), userId: user.id, expiresAt: new Date(Date.now() + 86_400_000) });
    await banUser(db, admin, { targetId: user.id, reason: 'Scam messages' });
    expect((await db.select().from(users).where(eq(users.id, user.id)))[0]?.bannedAt).toBeInstanceOf(Date);
    expect(await db.select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(0);
    await expect(banUser(db, admin, { targetId: admin.id, reason: 'oops' })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('lists the audit log newest first and filters it by action and target type', async () => {
    const brand = await makeBrand(db);
    await trustBrand(db, admin, { targetId: brand.id, reason: 'filter me' }).catch(() => undefined);
    const all = await listAudit(db, admin);
    expect(all.length).toBeGreaterThan(3);
    expect(all[0]!.createdAt.getTime()).toBeGreaterThanOrEqual(all.at(-1)!.createdAt.getTime());
    const hides = await listAudit(db, admin, { action: 'hide_post' });
    expect(hides.length).toBeGreaterThan(0);
    expect(hides.every((row) => row.action === 'hide_post')).toBe(true);
    expect((await listAudit(db, admin, { targetType: 'user' })).every((row) => row.targetType === 'user')).toBe(true);
  });
});

describe('authorisation', () => {
  const anonymous = null as unknown as Actor;
  async function nonAdmins(): Promise<[string, Actor][]> {
    const brandOwner = await makeUser(db);
    await makeBrand(db, brandOwner.id);
    const banned = await makeUser(db);
    await db.update(users).set({ bannedAt: new Date() }).where(eq(users.id, banned.id));
    const cases: [string, Actor][] = [
      ['an anonymous visitor', anonymous],
      ['a follower', await follower()],
      ['a brand owner', { id: brandOwner.id, name: brandOwner.name, roles: ['follower', 'brand'] }],
      // Still holding an admin role from a stale session, but banned in the database.
      ['a banned admin', { id: banned.id, name: banned.name, roles: ['follower', 'admin'] }],
    ];
    return cases;
  }

  it('refuses every admin action and read from anyone but an admin, and changes nothing', async () => {
    const brand = await makeBrand(db, undefined, { trusted: false });
    const post = await makePost(db, brand.id);
    const live = await makePost(db, (await makeBrand(db)).id);
    const victim = await makeUser(db);
    const author = await makeUser(db);
    const [reply] = await db.insert(replies).values({ postId: live.id, authorId: author.id, body: 'hi' }).returning();
    const reporter = await follower();
    await fileReport(db, reporter.id, { targetType: 'post', targetId: live.id, reason: 'scam' });
    const term = await addProhibitedTerm(db, admin, { term: `guard${Date.now()}`, reason: 'test' });

    const attempts: [string, (actor: Actor) => Promise<unknown>][] = [
      ['approvePost', (a) => approvePost(db, a, { targetId: post.id, reason })],
      ['hidePost', (a) => hidePost(db, a, { targetId: live.id, reason })],
      ['restorePost', (a) => restorePost(db, a, { targetId: live.id, reason })],
      ['removeReply', (a) => removeReply(db, a, { targetId: reply!.id, reason })],
      ['suspendBrand', (a) => suspendBrand(db, a, { targetId: brand.id, reason })],
      ['liftSuspension', (a) => liftSuspension(db, a, { targetId: brand.id, reason })],
      ['trustBrand', (a) => trustBrand(db, a, { targetId: brand.id, reason })],
      ['banUser', (a) => banUser(db, a, { targetId: victim.id, reason })],
      ['dismissReports', (a) => dismissReports(db, a, { targetType: 'post', targetId: live.id, reason })],
      ['addProhibitedTerm', (a) => addProhibitedTerm(db, a, { term: 'newterm', reason })],
      ['removeProhibitedTerm', (a) => removeProhibitedTerm(db, a, { targetId: term.targetId, reason })],
      ['listReportQueue', (a) => listReportQueue(db, a)],
      ['listPendingReview', (a) => listPendingReview(db, a)],
      ['listAudit', (a) => listAudit(db, a)],
    ];
    const snapshot = async () => ({
      audit: await auditCount(),
      statuses: [await statusOf(post.id), await statusOf(live.id)],
      brand: (await db.select({ trustedAt: brands.trustedAt, suspendedAt: brands.suspendedAt }).from(brands).where(eq(brands.id, brand.id)))[0],
      victim: (await db.select({ bannedAt: users.bannedAt }).from(users).where(eq(users.id, victim.id)))[0],
      replies: (await db.select().from(replies).where(eq(replies.id, reply!.id))).length,
      openReports: (await db.select().from(reports).where(and(eq(reports.targetId, live.id), eq(reports.status, 'open')))).length,
      inbox: (await db.select({ n: count() }).from(conversationMessages))[0]!.n,
    });
    const before = await snapshot();
    for (const [label, actor] of await nonAdmins()) {
      for (const [name, attempt] of attempts) {
        await expect(attempt(actor), `${name} by ${label}`).rejects.toMatchObject({ code: actor ? 'forbidden' : 'unauthenticated' });
      }
    }
    expect(await snapshot()).toEqual(before);
  });
});
