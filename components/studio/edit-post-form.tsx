'use client';
import { useTranslations } from 'next-intl';
import { useReducer } from 'react';
import { editPost } from '@/lib/actions/studio/edit-post';
import { Field } from '@/components/form/field';
import { POST_TITLE_MAX } from '@/lib/catalog/post-title';
import { FormMessage } from '@/components/form/form-message';
import { SubmitButton } from '@/components/form/submit-button';
import { useFormAction } from '@/components/form/use-form-action';
import { VariantFields } from './composer/variant-fields';
import { variantRows, variantRowsReducer, type VariantRow } from './composer/variant-rows';

/** A saved variant as its row starts: the price already written the reader's way. */
export type EditableVariant = Omit<VariantRow, 'key'> & { id: string };

export function EditPostForm({ postId, title, body, maxPerOrder, currency, variants }: { postId: string; title: string; body: string; maxPerOrder: number; currency: string; variants: EditableVariant[] }) {
  const t = useTranslations('composer');
  const { state, onSubmit, pending, fieldErrors: errors } = useFormAction(editPost);
  const [rows, dispatch] = useReducer(variantRowsReducer, variants, variantRows);
  return (
    <form onSubmit={onSubmit} className="stack" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="postId" value={postId} />
      <input type="hidden" name="currency" value={currency} />
      <Field name="title" label={t('text.title')} required maxLength={POST_TITLE_MAX} defaultValue={title} error={errors.title} />
      <div className="field">
        <label htmlFor="body">{t('text.caption')}</label>
        <textarea id="body" name="body" maxLength={2000} defaultValue={body} aria-invalid={errors.body ? true : undefined} />
        {errors.body && <p className="field-error" role="alert">{errors.body}</p>}
      </div>
      <VariantFields variants={rows} currency={currency} errors={errors} dispatch={dispatch} idPrefix="edit" legend={t('variants.legendWithCurrency', { currency })} />
      <Field name="maxPerOrder" label={t('terms.maxPerOrder')} type="number" min={1} max={99} defaultValue={maxPerOrder} error={errors.maxPerOrder} />
      <p className="field-hint">{t('edit.priceHint')}</p>
      <SubmitButton pending={pending} pendingLabel={t('actions.saving')}>
        {t('edit.save')}
      </SubmitButton>
    </form>
  );
}
