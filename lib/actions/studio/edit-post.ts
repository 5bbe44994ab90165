'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { brandAction, done } from '@/lib/actions/define-action';
import { parseVariantRows, variantRowFields } from '@/lib/actions/posts/variant-rows';
import { repeated } from '@/lib/actions/form-fields';
import { requireOwnPost } from '@/lib/catalog/posts';
import { POST_TITLE_MAX } from '@/lib/catalog/post-title';
import { editPost as edit } from '@/lib/studio/posts';
import { currencyCode } from '@/lib/validation/currency';
import { uuid } from '@/lib/validation/ids';
import { plainText } from '@/lib/validation/text';

const schema = z.object({
  postId: uuid('errors.field.unknownPost'),
  currency: currencyCode,
  title: plainText({ min: 1, max: POST_TITLE_MAX, multiline: false, tooShort: 'errors.post.titleRequiredShort', tooLong: 'errors.post.titleTooLong' }),
  body: plainText({ min: 1, max: 2000, tooShort: 'errors.post.needsText', tooLong: 'errors.post.bodyTooLong' }),
  maxPerOrder: z.coerce.number().int('errors.field.wholeNumber').min(1, 'errors.field.atLeast').max(99, 'errors.field.atMost'),
  variantId: repeated(z.union([z.literal(''), uuid('errors.field.unknownVariant')])),
  ...variantRowFields,
});

/** Saves edits to a post; orders already placed keep the price they were placed at. */
export const editPost = brandAction({ schema }, async (input, { brand, db }) => {
  await requireOwnPost(db, brand.id, input.postId);
  const variants = (await parseVariantRows(input, input.currency)).map((variant, index) => ({ ...variant, id: input.variantId[index] || undefined }));
  await edit(db, brand.id, input.postId, { title: input.title, body: input.body, maxPerOrder: input.maxPerOrder, variants });
  revalidatePath(`/p/${input.postId}`);
  revalidatePath('/studio');
  return done({ postId: input.postId }, 'outcomes.post.saved');
});
