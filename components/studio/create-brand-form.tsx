'use client';
import { createBrand } from '@/lib/actions/brands/create-brand';
import { Field } from '@/components/form/field';
import { FormMessage } from '@/components/form/form-message';
import { SubmitButton } from '@/components/form/submit-button';
import { useFormAction } from '@/components/form/use-form-action';

export function CreateBrandForm() {
  const { state, onSubmit, pending, fieldErrors: errors } = useFormAction(createBrand);
  return (
    <form onSubmit={onSubmit} className="stack" noValidate>
      <FormMessage state={state} />
      <Field name="name" label="Brand name" required maxLength={60} error={errors.name} />
      <Field name="handle" label="Handle" required error={errors.handle} hint="Your shop's address: hashcart/@handle. 3–24 letters, digits or _." />
      <div className="field">
        <label htmlFor="bio">Bio</label>
        <textarea id="bio" name="bio" maxLength={280} aria-invalid={errors.bio ? true : undefined} />
        {errors.bio && <p className="field-error">{errors.bio}</p>}
      </div>
      <Field name="avatar" label="Avatar (optional)" type="file" accept="image/png,image/jpeg,image/webp,image/gif" error={errors.avatar} hint="PNG, JPEG, WebP or GIF, up to 5 MB." />
      <SubmitButton pending={pending} pendingLabel="Creating…">Create brand</SubmitButton>
    </form>
  );
}
