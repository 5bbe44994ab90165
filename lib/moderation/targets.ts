// What a report or an action is about, in words a person can read later even if it is deleted.
// The name holds only what people wrote (a title, a handle, an excerpt) joined by marks that read
// the same in every language; the kind of target is worded when shown (admin.target.<type>).
import 'server-only';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/open';
import { brands, conversationMessages, conversations, posts, replies, users } from '@/db/schema';
import { DomainError } from '@/lib/errors';
import { truncateWords } from '@/lib/text/truncate';
import type { TargetType } from './audit';

export interface TargetSummary {
  type: TargetType;
  id: string;
  /** `"Ridge Tee" · @ridge`: shown after the kind of target, in the reader's language. */
  name: string;
  /** Where the target lives in the app, when it has a page. */
  href: string | null;
  /** Whose content it is: they are told about actions taken on it. */
  ownerId: string | null;
  brandId: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function excerpt(text: string, length = 60): string {
  return truncateWords(text, length) || '…';
}

export async function describeTarget(db: DbOrTx, type: TargetType, id: string): Promise<TargetSummary | null> {
  if (type !== 'user' && type !== 'term' && !UUID.test(id)) return null;
  if (type === 'post') {
    const [row] = await db.select({ post: posts, brand: brands }).from(posts).innerJoin(brands, eq(brands.id, posts.brandId)).where(eq(posts.id, id));
    if (!row) return null;
    return { type, id, name: `"${row.post.title}" · @${row.brand.handle}`, href: `/p/${id}`, ownerId: row.brand.ownerId, brandId: row.brand.id };
  }
  if (type === 'reply') {
    const [row] = await db
      .select({ reply: replies, author: users })
      .from(replies)
      .innerJoin(users, eq(users.id, replies.authorId))
      .where(eq(replies.id, id));
    if (!row) return null;
    return { type, id, name: `"${excerpt(row.reply.body ?? '')}" · ${row.author.name}`, href: `/p/${row.reply.postId}`, ownerId: row.author.id, brandId: null };
  }
  if (type === 'message') {
    const [row] = await db
      .select({ message: conversationMessages, author: users, handle: brands.handle })
      .from(conversationMessages)
      .innerJoin(users, eq(users.id, conversationMessages.authorId))
      .innerJoin(conversations, eq(conversations.id, conversationMessages.conversationId))
      .leftJoin(brands, eq(brands.id, conversations.brandId))
      .where(eq(conversationMessages.id, id));
    if (!row) return null;
    // Conversations are private: the queue shows the reported message itself, not a link to the thread.
    const where = row.handle ? ` · @${row.handle}` : '';
    return { type, id, name: `"${excerpt(row.message.body ?? '', 120)}" · ${row.author.name}${where}`, href: null, ownerId: row.author.id, brandId: null };
  }
  if (type === 'brand') {
    const [brand] = await db.select().from(brands).where(eq(brands.id, id));
    if (!brand) return null;
    return { type, id, name: `@${brand.handle} (${brand.name})`, href: `/@${brand.handle}`, ownerId: brand.ownerId, brandId: brand.id };
  }
  if (type === 'user') {
    const [user] = await db.select().from(users).where(eq(users.id, id));
    if (!user) return null;
    return { type, id, name: `${user.name} <${user.email}>`, href: null, ownerId: user.id, brandId: null };
  }
  return null;
}

export async function requireTarget(db: DbOrTx, type: TargetType, id: string): Promise<TargetSummary> {
  const target = await describeTarget(db, type, id);
  if (!target) throw new DomainError('not_found', 'errors.moderation.targetNotFound', undefined, { params: { type } });
  return target;
}
