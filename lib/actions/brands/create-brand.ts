'use server';
import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authedAction } from '@/lib/actions/define-action';
import { fileList } from '@/lib/actions/form-fields';
import { createBrand as createBrandRecord } from '@/lib/catalog/brands';
import { saveImageUploads } from '@/lib/catalog/uploads';

const schema = z.object({
  handle: z.string().trim().min(1, 'errors.brand.chooseHandle'),
  name: z.string().trim().min(1, 'errors.brand.nameRequired').max(60, 'errors.brand.nameTooLong'),
  bio: z.string().trim().max(280, 'errors.brand.bioTooLong').optional(),
  avatar: fileList.pipe(z.array(z.instanceof(File)).max(1, 'errors.brand.oneAvatar')),
});

export const createBrand = authedAction({ schema }, async ({ handle, name, bio, avatar }, { viewer, db }) => {
  const [avatarUrl] = avatar.length ? await saveImageUploads(avatar, 'avatar') : [null];
  const brand = await createBrandRecord(db, viewer.id, { handle, name, bio, avatarUrl });
  revalidatePath('/', 'layout');
  redirect(`/studio?welcome=${encodeURIComponent(brand.handle)}`);
});
