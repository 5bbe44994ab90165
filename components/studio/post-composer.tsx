'use client';
import { useState } from 'react';
import { createPost } from '@/lib/actions/posts/create-post';
import { Field } from '@/components/form/field';
import { FormMessage } from '@/components/form/form-message';
import { SubmitButton } from '@/components/form/submit-button';
import { useFormAction } from '@/components/form/use-form-action';

const CURRENCIES = ['EUR', 'USD', 'GBP', 'JPY', 'CHF', 'SEK', 'CAD', 'AUD'];

interface DraftVariant {
  key: number;
}

export function PostComposer() {
  const { state, onSubmit, pending, fieldErrors: errors } = useFormAction(createPost);
  const [variants, setVariants] = useState<DraftVariant[]>([{ key: 0 }]);
  const [previews, setPreviews] = useState<{ url: string; name: string }[]>([]);

  function choosePhotos(files: FileList | null) {
    previews.forEach((preview) => URL.revokeObjectURL(preview.url));
    setPreviews(Array.from(files ?? []).map((file) => ({ url: URL.createObjectURL(file), name: file.name })));
  }

  return (
    <form onSubmit={onSubmit} className="stack" noValidate>
      <FormMessage state={state} />
      <div className="field">
        <label htmlFor="body">What are you selling?</label>
        <textarea id="body" name="body" maxLength={2000} aria-invalid={errors.body ? true : undefined} aria-describedby={errors.body ? 'body-error' : undefined} />
        {errors.body && (
          <p id="body-error" className="field-error" role="alert">
            {errors.body}
          </p>
        )}
      </div>

      <Field
        name="images"
        label="Photos"
        type="file"
        multiple
        accept="image/png,image/jpeg,image/webp,image/gif"
        error={errors.images}
        hint="Up to 6 images (PNG, JPEG, WebP or GIF), 5 MB each."
        onChange={(event) => choosePhotos(event.currentTarget.files)}
      />
      {previews.length > 0 && (
        <div className="image-previews">
          {previews.map((preview, index) => (
            <div key={preview.url} className="image-preview">
              <img src={preview.url} alt="" />
              <label className="field">
                <span className="field-hint">Describe photo {index + 1}</span>
                <input name="imageAlt" required placeholder="e.g. Green tee, front" />
              </label>
            </div>
          ))}
        </div>
      )}

      <fieldset className="field composer-variants">
        <legend>Variants</legend>
        {variants.map((variant, index) => (
          <div key={variant.key} className="composer-variant">
            <Field name="variantLabel" id={`variant-${index}-label`} label={`Option ${index + 1}`} placeholder="e.g. M" error={errors[`variants.${index}.label`]} />
            <Field name="variantPrice" id={`variant-${index}-price`} label="Price" inputMode="decimal" placeholder="25.00" error={errors[`variants.${index}.price`]} />
            <Field name="variantStock" id={`variant-${index}-stock`} label="Stock" inputMode="numeric" placeholder="10" error={errors[`variants.${index}.stock`]} />
            <button
              type="button"
              className="button button--ghost button--small"
              aria-label={`Remove option ${index + 1}`}
              disabled={variants.length === 1}
              onClick={() => setVariants((list) => list.filter((item) => item.key !== variant.key))}
            >
              Remove
            </button>
          </div>
        ))}
        {errors.variants && <p className="field-error">{errors.variants}</p>}
        <button type="button" className="button button--ghost button--small" onClick={() => setVariants((list) => [...list, { key: Date.now() }])}>
          Add variant
        </button>
      </fieldset>

      <div className="row" style={{ alignItems: 'start' }}>
        <div className="field">
          <label htmlFor="currency">Currency</label>
          <select id="currency" name="currency" defaultValue="EUR">
            {CURRENCIES.map((currency) => (
              <option key={currency}>{currency}</option>
            ))}
          </select>
        </div>
        <Field name="buyHashtag" label="Buy hashtag" defaultValue="buy" error={errors.buyHashtag} hint="Followers reply #buy (or yours) to order." />
        <Field name="maxPerOrder" label="Limit per order" type="number" min={1} max={99} defaultValue={5} error={errors.maxPerOrder} />
      </div>

      <label className="row">
        <input type="checkbox" name="publish" defaultChecked /> Publish now (untick to save a draft)
      </label>
      <SubmitButton pending={pending} pendingLabel="Saving…">Save post</SubmitButton>
    </form>
  );
}
