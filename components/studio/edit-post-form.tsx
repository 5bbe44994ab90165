'use client';
import { useState } from 'react';
import { editPost } from '@/lib/actions/studio/edit-post';
import { Field } from '@/components/form/field';
import { POST_TITLE_MAX } from '@/lib/catalog/post-title';
import { FormMessage } from '@/components/form/form-message';
import { SubmitButton } from '@/components/form/submit-button';
import { useFormAction } from '@/components/form/use-form-action';

export interface EditableVariant {
  id: string;
  label: string;
  price: string;
  stock: number;
  sku: string | null;
}

export function EditPostForm({ postId, title, body, maxPerOrder, currency, variants }: { postId: string; title: string; body: string; maxPerOrder: number; currency: string; variants: EditableVariant[] }) {
  const { state, onSubmit, pending, fieldErrors: errors } = useFormAction(editPost);
  const [rows, setRows] = useState<(EditableVariant | { id: ''; key: number })[]>(variants);
  return (
    <form onSubmit={onSubmit} className="stack" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="postId" value={postId} />
      <input type="hidden" name="currency" value={currency} />
      <Field name="title" label="Title" required maxLength={POST_TITLE_MAX} defaultValue={title} error={errors.title} />
      <div className="field">
        <label htmlFor="body">Caption</label>
        <textarea id="body" name="body" maxLength={2000} defaultValue={body} aria-invalid={errors.body ? true : undefined} />
        {errors.body && <p className="field-error" role="alert">{errors.body}</p>}
      </div>
      <fieldset className="field composer-variants">
        <legend>Variants ({currency})</legend>
        {rows.map((row, index) => {
          const existing = row.id ? (row as EditableVariant) : null;
          return (
            <div key={existing?.id ?? (row as { key: number }).key} className="composer-variant composer-variant--sku">
              <input type="hidden" name="variantId" value={existing?.id ?? ''} />
              <Field name="variantLabel" id={`edit-${index}-label`} label={`Option ${index + 1}`} defaultValue={existing?.label} error={errors[`variants.${index}.label`]} />
              <Field name="variantPrice" id={`edit-${index}-price`} label="Price" inputMode="decimal" defaultValue={existing?.price} error={errors[`variants.${index}.price`]} />
              <Field name="variantStock" id={`edit-${index}-stock`} label="Stock" inputMode="numeric" defaultValue={existing?.stock} error={errors[`variants.${index}.stock`]} />
              <Field name="variantSku" id={`edit-${index}-sku`} label="SKU (optional)" defaultValue={existing?.sku ?? ''} maxLength={40} />
            </div>
          );
        })}
        <button type="button" className="button button--ghost button--small" onClick={() => setRows((list) => [...list, { id: '', key: Date.now() }])}>
          Add variant
        </button>
      </fieldset>
      <Field name="maxPerOrder" label="Limit per order" type="number" min={1} max={99} defaultValue={maxPerOrder} error={errors.maxPerOrder} />
      <p className="field-hint">Price changes apply to new orders only; orders already placed keep their price.</p>
      <SubmitButton pending={pending} pendingLabel="Saving…">
        Save changes
      </SubmitButton>
    </form>
  );
}
