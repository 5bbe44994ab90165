'use client';
import { useTranslations } from 'next-intl';
import { createBrand } from '@/lib/actions/brands/create-brand';
import { Field } from '@/components/form/field';
import { FormMessage } from '@/components/form/form-message';
import { SubmitButton } from '@/components/form/submit-button';
import { useFormAction } from '@/components/form/use-form-action';

export function CreateBrandForm() {
  const t = useTranslations('studio.createBrand');
  const { state, onSubmit, pending, fieldErrors: errors } = useFormAction(createBrand);
  return (
    <form onSubmit={onSubmit} className="stack" noValidate>
      <FormMessage state={state} />
      <Field name="name" label={t('name')} required maxLength={60} error={errors.name} />
      <Field name="handle" label={t('handle')} required error={errors.handle} hint={t('handleHint')} />
      <div className="field">
        <label htmlFor="bio">{t('bio')}</label>
        <textarea id="bio" name="bio" maxLength={280} aria-invalid={errors.bio ? true : undefined} />
        {errors.bio && <p className="field-error">{errors.bio}</p>}
      </div>
      <Field name="avatar" label={t('avatar')} type="file" accept="image/png,image/jpeg,image/webp,image/gif" error={errors.avatar} hint={t('avatarHint')} />
      <SubmitButton pending={pending} pendingLabel={t('creating')}>{t('submit')}</SubmitButton>
    </form>
  );
}
