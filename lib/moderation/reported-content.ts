// What an admin needs to judge a report without leaving the queue: the reported text as written
// and, for a post, its photos (a counterfeit is judged on the pictures). One read per target type.
import 'server-only';
import { asc, inArray } from 'drizzle-orm';
import type { DbOrTx } from '@/db/open';
import { conversationMessages, postImages, posts, replies } from '@/db/schema';
import type { ReportableType } from './reports';

export interface ReportedContent {
  title: string | null;
  text: string;
  images: { url: string; alt: string }[];
}

export function contentKey(type: string, id: string): string {
  return `${type}:${id}`;
}

export async function loadReportedContent(db: DbOrTx, targets: { type: string; id: string }[]): Promise<Map<string, ReportedContent>> {
  const ids = (type: ReportableType) => targets.filter((target) => target.type === type).map((target) => target.id);
  const [postIds, replyIds, messageIds] = [ids('post'), ids('reply'), ids('message')];
  const [postRows, imageRows, replyRows, messageRows] = await Promise.all([
    postIds.length ? db.select({ id: posts.id, title: posts.title, body: posts.body }).from(posts).where(inArray(posts.id, postIds)) : [],
    postIds.length
      ? db.select({ postId: postImages.postId, url: postImages.url, alt: postImages.alt }).from(postImages).where(inArray(postImages.postId, postIds)).orderBy(asc(postImages.position))
      : [],
    replyIds.length ? db.select({ id: replies.id, body: replies.body }).from(replies).where(inArray(replies.id, replyIds)) : [],
    messageIds.length ? db.select({ id: conversationMessages.id, body: conversationMessages.body }).from(conversationMessages).where(inArray(conversationMessages.id, messageIds)) : [],
  ]);
  const content = new Map<string, ReportedContent>();
  for (const post of postRows) {
    const images = imageRows.filter((image) => image.postId === post.id).map(({ url, alt }) => ({ url, alt }));
    content.set(contentKey('post', post.id), { title: post.title, text: post.body, images });
  }
  for (const reply of replyRows) content.set(contentKey('reply', reply.id), { title: null, text: reply.body ?? '', images: [] });
  for (const message of messageRows) content.set(contentKey('message', message.id), { title: null, text: message.body ?? '', images: [] });
  return content;
}
