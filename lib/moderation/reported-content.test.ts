import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/open';
import { replies } from '@/db/schema';
import { testDb } from '@/test/database';
import { makeBrand, makePost, makeUser } from '@/test/factories';
import { contentKey, loadReportedContent } from './reported-content';

let db: Db;
beforeAll(async () => {
  db = await testDb();
});

describe('what the admin queue shows of reported content', () => {
  it('gives a post its title, text and photos in order, a reply its text, and nothing for targets that are gone or have no text', async () => {
    const brand = await makeBrand(db, undefined, { payouts: false });
    const post = await makePost(db, brand.id, {
      title: 'Air Max copy',
      body: 'Totally genuine, trust me',
      images: [
        { url: '/uploads/front.webp', alt: 'Front' },
        { url: '/uploads/logo.webp', alt: 'Logo close-up' },
      ],
    });
    const author = await makeUser(db);
    const [reply] = await db.insert(replies).values({ postId: post.id, authorId: author.id, body: 'DM me for cheaper ones' }).returning();
    const gone = crypto.randomUUID();

    const content = await loadReportedContent(db, [
      { type: 'post', id: post.id },
      { type: 'reply', id: reply!.id },
      { type: 'post', id: gone },
      { type: 'brand', id: brand.id },
    ]);

    expect(content.get(contentKey('post', post.id))).toEqual({
      title: 'Air Max copy',
      text: 'Totally genuine, trust me',
      images: [
        { url: '/uploads/front.webp', alt: 'Front' },
        { url: '/uploads/logo.webp', alt: 'Logo close-up' },
      ],
    });
    expect(content.get(contentKey('reply', reply!.id))).toEqual({ title: null, text: 'DM me for cheaper ones', images: [] });
    expect(content.has(contentKey('post', gone))).toBe(false);
    expect(content.has(contentKey('brand', brand.id))).toBe(false);
    expect(await loadReportedContent(db, [])).toEqual(new Map());
  });
});
