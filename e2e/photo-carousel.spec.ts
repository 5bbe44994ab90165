// A post's photos swipe one at a time: the dots follow, a dot jumps, the arrow keys move the focused row;
// a feed card shows the post's reply count.
import { expect, test } from '@playwright/test';
import { postReply } from '../lib/replies/post-reply';
import { withDomain } from './support/db';
import { createShop } from './support/shop';

test('photos move one at a time with the arrow keys and the dots, and the card counts replies', async ({ page }) => {
  const images = ['tee-forest', 'tee-sand', 'hoodie-charcoal'].map((name) => ({ url: `/demo/${name}.svg`, alt: `Photo ${name}` }));
  const shop = await createShop(page.request, [{ label: 'M', priceMinor: 2500, stock: 5 }], { images });
  await withDomain(async (db, stripe) => {
    for (const body of ['Back in stock soon?', 'Love it']) await postReply(db, stripe, { postId: shop.postId, authorId: shop.ownerId, body });
  });

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
