'use server';
import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authedAction } from '@/lib/actions/define-action';
import { fileList } from '@/lib/actions/form-fields';
import { createBrand as createBrandRecord } from '@/lib/catalog/brands';
import { saveImageUploads } from '@/lib/catalog/uploads';

const schema = z.object({
  handle: z.string().trim().min(1, 'Choose a handle.'),
  name: z.string().trim().min(1, 'Give your brand a name.').max(60, 'Keep the name under 60 characters.'),
  bio: z.string().trim().max(280, 'Keep the bio under 280 characters.').optional(),
  avatar: fileList.pipe(z.array(z.instanceof(File)).max(1, 'Choose one avatar image.')),
});

export const createBrand = authedAction({ schema }, async ({ handle, name, bio, avatar }, { viewer, db }) => {
  const [avatarUrl] = avatar.length ? await saveImageUploads(avatar, 'avatar') : [null];
  const brand = await createBrandRecord(db, viewer.id, { handle, name, bio, avatarUrl });
  revalidatePath('/', 'layout');
  redirect(`/studio?welcome=${encodeURIComponent(brand.handle)}`);
});
