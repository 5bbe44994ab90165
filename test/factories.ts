// Small factories for integration tests: real rows through the domain functions where they exist.
import type { Db } from '../db/open';
import { users } from '../db/schema';
import { createBrand } from '../lib/catalog/brands';
import { createPost, type NewPost } from '../lib/catalog/posts';

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export async function makeUser(db: Db, overrides: { email?: string; name?: string } = {}) {
  const id = crypto.randomUUID();
  const [user] = await db
    .insert(users)
    .values({ id, email: overrides.email ?? `user-${unique()}@example.test`, name: overrides.name ?? 'Test User' })
    .returning();
  if (!user) throw new Error('user not created');
  return user;
}

export async function makeBrand(db: Db, ownerId?: string) {
  const owner = ownerId ?? (await makeUser(db)).id;
  return createBrand(db, owner, { handle: `b_${unique()}`.slice(0, 24), name: 'Test Brand' });
}

export async function makePost(db: Db, brandId: string, overrides: Partial<NewPost> = {}) {
  return createPost(db, brandId, {
    body: 'A fine tee',
    buyHashtag: 'buy',
    maxPerOrder: 5,
    currency: 'EUR',
    images: [],
    publish: true,
    variants: [
      { label: 'M', priceMinor: 2500, stock: 10 },
      { label: 'L', priceMinor: 2700, stock: 10 },
    ],
    ...overrides,
  });
}
