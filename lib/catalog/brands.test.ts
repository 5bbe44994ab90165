import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { brands, follows } from '@/db/schema';
import type { Db } from '@/db/open';
import { testDb } from '@/test/database';
import { makeUser } from '@/test/factories';
import { createBrand, findBrandByHandle, followBrand, isFollowing, unfollowBrand } from './brands';

let db: Db;
beforeAll(async () => {
  db = await testDb();
});

describe('createBrand', () => {
  it('creates a brand with a normalised handle', async () => {
    const owner = await makeUser(db);
    const brand = await createBrand(db, owner.id, { handle: '@Tee_Shop_1', name: ' Tee Shop ' });
    expect(brand.handle).toBe('tee_shop_1');
    expect(brand.name).toBe('Tee Shop');
    expect((await findBrandByHandle(db, 'TEE_SHOP_1'))?.id).toBe(brand.id);
  });

  it('refuses a taken handle whatever its case, and saves nothing', async () => {
    const first = await makeUser(db);
    const second = await makeUser(db);
    await createBrand(db, first.id, { handle: 'dupe_handle', name: 'One' });
    await expect(createBrand(db, second.id, { handle: 'Dupe_Handle', name: 'Two' })).rejects.toMatchObject({ code: 'handle_taken', field: 'handle' });
    expect(await db.select().from(brands).where(eq(brands.ownerId, second.id))).toHaveLength(0);
  });

  it('refuses invalid and reserved handles', async () => {
    const owner = await makeUser(db);
    await expect(createBrand(db, owner.id, { handle: 'a b', name: 'X' })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(createBrand(db, owner.id, { handle: 'admin', name: 'X' })).rejects.toMatchObject({ code: 'handle_taken' });
  });

  it('allows one brand per owner', async () => {
    const owner = await makeUser(db);
    await createBrand(db, owner.id, { handle: 'first_of_two', name: 'X' });
    await expect(createBrand(db, owner.id, { handle: 'second_of_two', name: 'Y' })).rejects.toMatchObject({ code: 'already_has_brand' });
  });

  it('gives a contested handle to exactly one of two concurrent creators', async () => {
    const owners = await Promise.all([makeUser(db), makeUser(db), makeUser(db)]);
    const results = await Promise.allSettled(owners.map((owner) => createBrand(db, owner.id, { handle: 'race_handle', name: 'Race' })));
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(await db.select().from(brands).where(eq(brands.handle, 'race_handle'))).toHaveLength(1);
  });
});

describe('follows', () => {
  it('follows once, unfollows, and refuses following yourself', async () => {
    const owner = await makeUser(db);
    const fan = await makeUser(db);
    const brand = await createBrand(db, owner.id, { handle: 'followed_brand', name: 'F' });
    await followBrand(db, fan.id, brand.id);
    await followBrand(db, fan.id, brand.id);
    expect(await db.select().from(follows).where(eq(follows.brandId, brand.id))).toHaveLength(1);
    expect(await isFollowing(db, fan.id, brand.id)).toBe(true);
    await unfollowBrand(db, fan.id, brand.id);
    expect(await isFollowing(db, fan.id, brand.id)).toBe(false);
    await expect(followBrand(db, owner.id, brand.id)).rejects.toMatchObject({ code: 'invalid_input' });
  });
});
