'use server';
import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { brandAction } from '@/lib/actions/define-action';
import { parseVariantRows, variantRowFields } from '@/lib/actions/posts/variant-rows';
import { checkbox, fileList, repeated } from '@/lib/actions/form-fields';
import { createPost as createPostRecord } from '@/lib/catalog/posts';
import { POST_TITLE_MAX } from '@/lib/catalog/post-title';
import { saveImageUploads } from '@/lib/catalog/uploads';
import { DomainError } from '@/lib/errors';
import { normalizeHashtag } from '@/lib/replies/parse-buy-reply';
import { currencyCode } from '@/lib/validation/currency';
import { plainText } from '@/lib/validation/text';

const schema = z.object({
  title: plainText({ min: 1, max: POST_TITLE_MAX, multiline: false, tooShort: 'errors.post.titleRequired', tooLong: 'errors.post.titleTooLong' }),
  body: plainText({ max: 2000, tooLong: 'errors.post.bodyTooLong' }).default(''),
  buyHashtag: z.string().default('buy'),
  maxPerOrder: z.coerce.number().int('errors.field.wholeNumber').min(1, 'errors.field.atLeast').max(99, 'errors.field.atMost').default(5),
  currency: currencyCode,
  images: fileList.pipe(z.array(z.instanceof(File)).max(6, 'errors.post.tooManyPhotos')),
  imageAlt: repeated(z.string().trim().max(300)),
  ...variantRowFields,
  publish: checkbox,
  // The composer's choice; when present it wins over the plain `publish` checkbox.
  publishMode: z.enum(['now', 'draft', 'schedule']).optional(),
  // ISO instants computed in the browser, so the brand's own time zone is respected.
  publishAt: z.string().optional(),
  dropGoal: z.string().trim().optional(),
  dropEndsAt: z.string().optional(),
});

function instant(value: string | undefined, field: string, message: string): Date {
  const date = new Date(value ?? '');
  if (!value || Number.isNaN(date.getTime())) throw new DomainError('invalid_input', message, field);
  return date;
}

export const createPost = brandAction({ schema }, async (input, { brand, db }) => {
  const buyHashtag = normalizeHashtag(input.buyHashtag || 'buy');
  if (!buyHashtag) throw new DomainError('invalid_input', 'errors.post.buyTagFormat', 'buyHashtag');
  const variants = await parseVariantRows(input, input.currency);
  const mode = input.publishMode ?? (input.publish ? 'now' : 'draft');
  const publishAt = mode === 'schedule' ? instant(input.publishAt, 'publishAt', 'errors.post.chooseWhenPublish') : null;
  if (publishAt && publishAt <= new Date()) throw new DomainError('invalid_input', 'errors.post.timeInFuture', 'publishAt');
  const drop = input.dropGoal
    ? { goal: Number(input.dropGoal), endsAt: instant(input.dropEndsAt, 'dropEndsAt', 'errors.drop.chooseDeadline') }
    : null;
  const missingAlt = input.images.findIndex((_, index) => !input.imageAlt[index]);
  if (missingAlt >= 0) throw new DomainError('invalid_input', 'errors.post.describePhotos', 'images');
  // Validate the whole post before writing any upload, so bad input saves nothing.
  const urls = input.images.length ? await saveImageUploads(input.images) : [];
  const post = await createPostRecord(db, brand.id, {
    title: input.title,
    body: input.body,
    buyHashtag,
    maxPerOrder: input.maxPerOrder,
    currency: input.currency,
    variants,
    images: urls.map((url, index) => ({ url, alt: input.imageAlt[index] ?? '' })),
    publish: mode !== 'draft',
    publishAt,
    drop,
  });
  revalidatePath('/');
  redirect(`/p/${post.id}`);
});
