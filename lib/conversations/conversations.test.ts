import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { conversationMessages, conversations, moderationActions, orders, reports, variants } from '@/db/schema';
import type { Db } from '@/db/open';
import { testDb } from '@/test/database';
import { makeBrand, makePost, makeUser } from '@/test/factories';
import { inboxTexts } from '@/test/conversations';
import { removeMessage } from '@/lib/moderation/content-actions';
import { RATE_LIMIT, reportMessage, startConversation, writeMessage } from './messages';
import { postOrderCard, sendNotice } from './order-cards';
import { listConversations, markRead, openConversation, readThread, unreadCounts, type Reader } from './read';
import { appendMessage } from './store';

let db: Db;
beforeAll(async () => {
  db = await testDb();
});

async function people() {
  const buyer = await makeUser(db, { name: 'Ada Buyer' });
  const owner = await makeUser(db, { name: 'Bo Brand' });
  const brand = await makeBrand(db, owner.id, { payouts: false });
  const asBuyer: Reader = { userId: buyer.id, brandId: null };
  const asBrand: Reader = { userId: owner.id, brandId: brand.id };
  return { buyer, owner, brand, asBuyer, asBrand };
}

async function paidOrder(buyerId: string, brandId: string, postId: string) {
  const [variant] = await db.select().from(variants).where(eq(variants.postId, postId));
  const [order] = await db
    .insert(orders)
    .values({ buyerId, brandId, postId, variantId: variant!.id, itemLabel: 'M', quantity: 2, unitPriceMinor: 2500, amountMinor: 5000, currency: 'EUR', status: 'paid', expiresAt: new Date() })
    .returning();
  return order!;
}

describe('conversations between a buyer and a brand', () => {
  it('one conversation per buyer and brand, messages both ways, unread kept per side', async () => {
    const { brand, asBuyer, asBrand } = await people();
    const first = await startConversation(db, asBuyer, brand.id);
    const again = await startConversation(db, asBuyer, brand.id);
    expect(again.id).toBe(first.id);

    await writeMessage(db, asBuyer, 'buyer', first.id, '  Does the M run small?  ');
    expect(await unreadCounts(db, asBrand)).toEqual({ inbox: 0, studio: 1 });
    expect(await unreadCounts(db, asBuyer)).toEqual({ inbox: 0, studio: 0 });

    const studio = await listConversations(db, 'brand', brand.id);
    expect(studio.items).toHaveLength(1);
    expect(studio.items[0]).toMatchObject({ id: first.id, name: 'Ada Buyer', unread: 1, last: { sender: 'buyer', body: 'Does the M run small?' } });

    // Anyone answering for the brand clears it for the brand.
    await writeMessage(db, asBrand, 'brand', first.id, 'It runs true to size.');
    expect(await unreadCounts(db, asBrand)).toEqual({ inbox: 0, studio: 0 });
    expect(await unreadCounts(db, asBuyer)).toEqual({ inbox: 1, studio: 0 });

    const conversation = await openConversation(db, asBuyer, first.id, 'buyer');
    await markRead(db, conversation, 'buyer');
    expect(await unreadCounts(db, asBuyer)).toEqual({ inbox: 0, studio: 0 });
    const thread = await readThread(db, conversation, 'buyer');
    expect(thread.messages.map((m) => [m.seq, m.sender, m.body])).toEqual([
      [1, 'buyer', 'Does the M run small?'],
      [2, 'brand', 'It runs true to size.'],
    ]);
  });

  it('order cards land in the buyer–brand conversation; notices in the person’s Hashcart one', async () => {
    const { buyer, brand, asBuyer, asBrand } = await people();
    // The body's first line is not the title: cards name the post by its title.
    const post = await makePost(db, brand.id, { title: 'Ridge Tee', body: 'A fine tee\nin forest green' });
    const order = await paidOrder(buyer.id, brand.id, post.id);
    await postOrderCard(db, order, 'order.receipt', { card: 'Visa •••4242', buyerName: 'Ada Buyer' }, ['buyer', 'brand']);
    await postOrderCard(db, order, 'order.shipped', { tracking: 'DHL 1' });
    await sendNotice(db, buyer.id, 'notice.moderation', { text: 'Your account is fine.', href: null });

    expect(await unreadCounts(db, asBuyer)).toEqual({ inbox: 3, studio: 0 });
    expect(await unreadCounts(db, asBrand)).toEqual({ inbox: 0, studio: 1 });
    const list = await listConversations(db, 'buyer', buyer.id);
    expect(list.items.map((c) => [c.kind, c.name, c.unread])).toEqual([
      ['system', 'Hashcart', 1],
      ['brand', 'Test Brand', 2],
    ]);
    // Stored as key + params, worded when read.
    const [card] = await db
      .select({ message: conversationMessages })
      .from(conversationMessages)
      .innerJoin(conversations, eq(conversations.id, conversationMessages.conversationId))
      .where(and(eq(conversationMessages.messageKey, 'order.receipt'), eq(conversations.buyerId, buyer.id)));
    expect(card!.message).toMatchObject({ body: null, params: { amountMinor: 5000, currency: 'EUR', card: 'Visa •••4242', quantity: 2 } });
    expect(await inboxTexts(db, buyer.id)).toEqual([
      'Receipt: Ridge Tee — M ×2 · €50.00 · Visa •••4242',
      'Shipped: Ridge Tee — M ×2 is on its way. Tracking: DHL 1',
      'Your account is fine.',
    ]);
    // Hashcart notices take no answers.
    const system = list.items[0]!;
    await expect(writeMessage(db, asBuyer, 'buyer', system.id, 'hello?')).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('refuses empty and over-long messages, and messaging your own brand', async () => {
    const { brand, asBuyer, asBrand } = await people();
    const conversation = await startConversation(db, asBuyer, brand.id);
    await expect(writeMessage(db, asBuyer, 'buyer', conversation.id, '   ')).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(writeMessage(db, asBuyer, 'buyer', conversation.id, 'x'.repeat(2001))).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(startConversation(db, asBrand, brand.id)).rejects.toMatchObject({ code: 'invalid_input' });
    expect(await db.select().from(conversationMessages).where(eq(conversationMessages.conversationId, conversation.id))).toHaveLength(0);
  });
});

describe('who may read and write', () => {
  it('another buyer and another brand see "not found" and change nothing', async () => {
    const { brand, asBuyer } = await people();
    const conversation = await startConversation(db, asBuyer, brand.id);
    await writeMessage(db, asBuyer, 'buyer', conversation.id, 'private question');
    const stranger: Reader = { userId: (await makeUser(db)).id, brandId: null };
    const otherOwner = await makeUser(db);
    const otherBrand: Reader = { userId: otherOwner.id, brandId: (await makeBrand(db, otherOwner.id, { payouts: false })).id };

    for (const [who, side] of [
      [stranger, 'buyer'],
      [stranger, 'brand'],
      [otherBrand, 'brand'],
      [otherBrand, 'buyer'],
      // The buyer cannot act as the brand in their own conversation.
      [asBuyer, 'brand'],
    ] as const) {
      await expect(openConversation(db, who, conversation.id, side)).rejects.toMatchObject({ code: 'not_found' });
      await expect(writeMessage(db, who, side, conversation.id, 'let me in')).rejects.toMatchObject({ code: 'not_found' });
    }
    expect(await listConversations(db, 'buyer', stranger.userId)).toEqual({ items: [], next: null });
    expect(await listConversations(db, 'brand', otherBrand.brandId!)).toEqual({ items: [], next: null });
    const stored = await db.select().from(conversationMessages).where(eq(conversationMessages.conversationId, conversation.id));
    expect(stored.map((m) => m.body)).toEqual(['private question']);
  });
});

describe('rate limit', () => {
  it(`allows ${RATE_LIMIT.messages} messages a minute per person, then refuses without storing`, async () => {
    const { brand, asBuyer } = await people();
    const conversation = await startConversation(db, asBuyer, brand.id);
    for (let i = 0; i < RATE_LIMIT.messages; i++) await writeMessage(db, asBuyer, 'buyer', conversation.id, `message ${i}`);
    await expect(writeMessage(db, asBuyer, 'buyer', conversation.id, 'one too many')).rejects.toMatchObject({ code: 'rate_limited' });
    const stored = await db.select().from(conversationMessages).where(eq(conversationMessages.conversationId, conversation.id));
    expect(stored).toHaveLength(RATE_LIMIT.messages);
  });
});

describe('reports on messages', () => {
  it('a participant reports; an admin removes it with an audit entry; author and reporter are told', async () => {
    const { buyer, owner, brand, asBuyer, asBrand } = await people();
    const conversation = await startConversation(db, asBuyer, brand.id);
    const message = await writeMessage(db, asBuyer, 'buyer', conversation.id, 'Buy fake watches at scam.example');
    // Outsiders cannot report a message they cannot read; nobody reports their own.
    const stranger: Reader = { userId: (await makeUser(db)).id, brandId: null };
    await expect(reportMessage(db, stranger, message.id, { reason: 'scam' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(reportMessage(db, asBuyer, message.id, { reason: 'scam' })).rejects.toMatchObject({ code: 'invalid_input' });
    const report = await reportMessage(db, asBrand, message.id, { reason: 'scam', note: 'spam link' });
    expect(report).toMatchObject({ targetType: 'message', targetId: message.id, status: 'open', reporterId: owner.id });

    const admin = await makeUser(db, { name: 'Admin' });
    await removeMessage(db, { id: admin.id, name: 'Admin', roles: ['follower', 'admin'] }, { targetId: message.id, reason: 'Scam link' });
    const [removed] = await db.select().from(conversationMessages).where(eq(conversationMessages.id, message.id));
    expect(removed!.removedAt).not.toBeNull();
    const [resolved] = await db.select().from(reports).where(eq(reports.id, report.id));
    expect(resolved!.status).toBe('actioned');
    const [logged] = await db.select().from(moderationActions).where(and(eq(moderationActions.action, 'remove_message'), eq(moderationActions.targetId, message.id)));
    expect(logged).toMatchObject({ targetType: 'message', reason: 'Scam link', changes: { body: 'Buy fake watches at scam.example' } });
    expect(await inboxTexts(db, buyer.id)).toContain('An admin removed your message. Reason: Scam link');
    expect(await inboxTexts(db, owner.id)).toContainEqual(expect.stringMatching(/^Your report on Message .*we removed it/));
    // Non-admins cannot remove.
    await expect(removeMessage(db, { id: owner.id, name: 'Bo', roles: ['follower', 'brand'] }, { targetId: message.id, reason: 'nope' })).rejects.toMatchObject({ code: 'forbidden' });
  });
});

describe('keyset pages', () => {
  it('pages a long thread back by seq and a long list back by time, without gaps or repeats', async () => {
    const { buyer, brand, asBuyer } = await people();
    const conversation = await startConversation(db, asBuyer, brand.id);
    for (let i = 1; i <= 60; i++) await appendMessage(db, conversation, { sender: 'buyer', authorId: buyer.id, body: `m${i}` });
    const open = await openConversation(db, asBuyer, conversation.id, 'buyer');
    const seen: number[] = [];
    let before: number | null = null;
    do {
      const page = await readThread(db, open, 'buyer', { before, limit: 25 });
      seen.unshift(...page.messages.map((m) => m.seq));
      before = page.olderThan;
    } while (before !== null);
    expect(seen).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));

    const owner = await makeUser(db);
    for (let i = 0; i < 7; i++) {
      const seller = await makeBrand(db, (await makeUser(db)).id, { payouts: false });
      await writeMessage(db, { userId: owner.id, brandId: null }, 'buyer', (await startConversation(db, { userId: owner.id, brandId: null }, seller.id)).id, `hello ${i}`);
    }
    const ids: string[] = [];
    let cursor = null;
    do {
      const page: Awaited<ReturnType<typeof listConversations>> = await listConversations(db, 'buyer', owner.id, { before: cursor, limit: 3 });
      ids.push(...page.items.map((c) => c.id));
      cursor = page.next;
    } while (cursor);
    expect(ids).toHaveLength(7);
    expect(new Set(ids).size).toBe(7);
  });
});
