// A post's photos swipe one at a time: the dots follow, a dot jumps, the arrow keys move the focused row;
// a feed card shows the post's reply count.
import { expect, test } from '@playwright/test';
import { e2eSql } from './support/db';
import { createShop } from './support/shop';

test('photos move one at a time with the arrow keys and the dots, and the card counts replies', async ({ page }) => {
  const shop = await createShop(page.request, [{ label: 'M', priceMinor: 2500, stock: 5 }]);
  const sql = e2eSql();
  try {
    const [owner] = await sql`select owner_id from brands where handle = ${shop.handle}`;
    for (const [position, name] of ['tee-forest', 'tee-sand', 'hoodie-charcoal'].entries()) {
      await sql`insert into post_images (post_id, url, alt, position) values (${shop.postId}, ${`/demo/${name}.svg`}, ${`Photo ${name}`}, ${position})`;
    }
    await sql`insert into replies (post_id, author_id, body) values (${shop.postId}, ${owner!.owner_id}, 'Back in stock soon?'), (${shop.postId}, ${owner!.owner_id}, 'Love it')`;
  } finally {
    await sql.end();
  }

  await page.goto(`/p/${shop.postId}`);
  const photos = page.getByRole('group', { name: 'Photos of Ridge Tee' });
  const dot = (n: number) => page.getByRole('button', { name: `Photo ${n} of 3` });
  await expect(dot(1)).toHaveAttribute('aria-current', 'true');
  await photos.focus();
  await page.keyboard.press('ArrowRight');
  await expect(dot(2)).toHaveAttribute('aria-current', 'true');
  await expect(dot(1)).not.toHaveAttribute('aria-current', 'true');
  await dot(3).click();
  await expect(dot(3)).toHaveAttribute('aria-current', 'true');
  await photos.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(dot(2)).toHaveAttribute('aria-current', 'true');

  await page.goto(`/@${shop.handle}`);
  await expect(page.getByRole('article').getByRole('link', { name: '2 replies' })).toBeVisible();
});
