'use client';
// The post composer: photos (ordered, each described), text with hashtags, variants with price,
// stock and SKU, currency, limits, an optional drop goal, and draft / preview / publish / schedule.
import { useRef, useState } from 'react';
import { createPost } from '@/lib/actions/posts/create-post';
import { Field } from '@/components/form/field';
import { FormMessage } from '@/components/form/form-message';
import { SubmitButton } from '@/components/form/submit-button';
import { useFormAction } from '@/components/form/use-form-action';
import { RichText } from '@/components/post/rich-text';
import { currencyExponent, formatMoney, parseMoneyInput } from '@/lib/money';
import { POST_TITLE_MAX } from '@/lib/catalog/post-title';

const CURRENCIES = ['EUR', 'USD', 'GBP', 'JPY', 'CHF', 'SEK', 'CAD', 'AUD'];
const MAX_DROP_DAYS = 6;

interface DraftVariant {
  key: number;
  label: string;
  price: string;
}

interface Photo {
  file: File;
  url: string;
  alt: string;
}

type PublishMode = 'now' | 'draft' | 'schedule';

/** A datetime-local value as an ISO instant in the brand's own time zone ('' when empty or invalid). */
function localToIso(local: string): string {
  const date = new Date(local);
  return local && !Number.isNaN(date.getTime()) ? date.toISOString() : '';
}

function toLocalInput(date: Date): string {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

export function PostComposer() {
  const { state, onSubmit, pending, fieldErrors: errors } = useFormAction(createPost);
  const [variants, setVariants] = useState<DraftVariant[]>([{ key: 0, label: '', price: '' }]);
  const [photos, setPhotos] = useState<Photo[]>([]);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [currency, setCurrency] = useState('EUR');
  const [mode, setMode] = useState<PublishMode>('now');
  const [publishAt, setPublishAt] = useState('');
  const [isDrop, setIsDrop] = useState(false);
  const [dropEndsAt, setDropEndsAt] = useState('');
  const [previewing, setPreviewing] = useState(false);
  const fileInput = useRef<HTMLInputElement | null>(null);

  // The file input is the source of truth for the upload; reordering rewrites its FileList.
  function syncFiles(list: Photo[]) {
    if (!fileInput.current) return;
    const transfer = new DataTransfer();
    list.forEach((photo) => transfer.items.add(photo.file));
    fileInput.current.files = transfer.files;
  }

  function choosePhotos(files: FileList | null) {
    photos.forEach((photo) => URL.revokeObjectURL(photo.url));
    setPhotos(Array.from(files ?? []).map((file) => ({ file, url: URL.createObjectURL(file), alt: '' })));
  }

  function movePhoto(index: number, by: -1 | 1) {
    const next = [...photos];
    const [moved] = next.splice(index, 1);
    if (!moved) return;
    next.splice(index + by, 0, moved);
    setPhotos(next);
    syncFiles(next);
  }

  const updateVariant = (key: number, patch: Partial<DraftVariant>) => setVariants((list) => list.map((item) => (item.key === key ? { ...item, ...patch } : item)));
  const pricePlaceholder = currencyExponent(currency) === 0 ? '2500' : '25.00';
  const now = new Date();
  const latestDropEnd = toLocalInput(new Date(now.getTime() + MAX_DROP_DAYS * 86_400_000));

  return (
    <form onSubmit={onSubmit} className="stack" noValidate>
      <FormMessage state={state} />
      <Field
        name="title"
        label="Title"
        required
        maxLength={POST_TITLE_MAX}
        placeholder="e.g. Ridge Tee"
        value={title}
        onChange={(event) => setTitle(event.currentTarget.value)}
        error={errors.title}
        hint="What receipts and orders call it: “Ridge Tee (M) ×1”."
      />
      <div className="field">
        <label htmlFor="body">Caption</label>
        <textarea
          id="body"
          name="body"
          maxLength={2000}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
          aria-invalid={errors.body ? true : undefined}
          aria-describedby={errors.body ? 'body-error body-hint' : 'body-hint'}
        />
        <p id="body-hint" className="field-hint">
          #hashtags and @mentions become links.
        </p>
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
        hint="Up to 6 images (PNG, JPEG, WebP or GIF), 5 MB each. The first one is the cover."
        onChange={(event) => {
          fileInput.current = event.currentTarget;
          choosePhotos(event.currentTarget.files);
        }}
      />
      {photos.length > 0 && (
        <ol className="image-previews" aria-label="Photo order">
          {photos.map((photo, index) => (
            <li key={photo.url} className="image-preview">
              <img src={photo.url} alt="" />
              <label className="field">
                <span className="field-hint">Describe photo {index + 1} (required)</span>
                <input name="imageAlt" required placeholder="e.g. Green tee, front" value={photo.alt} onChange={(event) => {
                  const alt = event.currentTarget.value;
                  setPhotos((list) => list.map((item, i) => (i === index ? { ...item, alt } : item)));
                }} />
              </label>
              <div className="row">
                <button type="button" className="button button--ghost button--small" disabled={index === 0} onClick={() => movePhoto(index, -1)} aria-label={`Move photo ${index + 1} earlier`}>
                  ↑
                </button>
                <button type="button" className="button button--ghost button--small" disabled={index === photos.length - 1} onClick={() => movePhoto(index, 1)} aria-label={`Move photo ${index + 1} later`}>
                  ↓
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}

      <fieldset className="field composer-variants">
        <legend>Variants</legend>
        {variants.map((variant, index) => (
          <div key={variant.key} className="composer-variant composer-variant--sku">
            <Field name="variantLabel" id={`variant-${index}-label`} label={`Option ${index + 1}`} placeholder="e.g. M" value={variant.label} onChange={(event) => updateVariant(variant.key, { label: event.currentTarget.value })} error={errors[`variants.${index}.label`]} />
            <Field name="variantPrice" id={`variant-${index}-price`} label="Price" inputMode="decimal" placeholder={pricePlaceholder} value={variant.price} onChange={(event) => updateVariant(variant.key, { price: event.currentTarget.value })} error={errors[`variants.${index}.price`]} />
            <Field name="variantStock" id={`variant-${index}-stock`} label="Stock" inputMode="numeric" placeholder="10" error={errors[`variants.${index}.stock`]} />
            <Field name="variantSku" id={`variant-${index}-sku`} label="SKU (optional)" placeholder="TEE-GRN-M" maxLength={40} />
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
        <button type="button" className="button button--ghost button--small" onClick={() => setVariants((list) => [...list, { key: Date.now(), label: '', price: '' }])}>
          Add variant
        </button>
      </fieldset>

      <div className="row" style={{ alignItems: 'start' }}>
        <div className="field">
          <label htmlFor="currency">Currency</label>
          <select id="currency" name="currency" value={currency} onChange={(event) => setCurrency(event.currentTarget.value)}>
            {CURRENCIES.map((code) => (
              <option key={code}>{code}</option>
            ))}
          </select>
        </div>
        <Field name="buyHashtag" label="Buy hashtag" defaultValue="buy" error={errors.buyHashtag} hint="Followers reply #buy (or yours) to order." />
        <Field name="maxPerOrder" label="Limit per order" type="number" min={1} max={99} defaultValue={5} error={errors.maxPerOrder} />
      </div>

      <fieldset className="field studio-drop">
        <legend>Drop</legend>
        <label className="row">
          <input type="checkbox" checked={isDrop} onChange={(event) => setIsDrop(event.currentTarget.checked)} /> Charge only if enough people order (a drop)
        </label>
        {isDrop && (
          <div className="row" style={{ alignItems: 'start' }}>
            <Field name="dropGoal" label="At least this many orders" type="number" min={1} defaultValue={10} error={errors.dropGoal} />
            <Field
              name="dropEndsAtLocal"
              id="dropEndsAtLocal"
              label="By"
              type="datetime-local"
              min={toLocalInput(now)}
              max={latestDropEnd}
              value={dropEndsAt}
              onChange={(event) => setDropEndsAt(event.currentTarget.value)}
              error={errors.dropEndsAt}
              hint={`At most ${MAX_DROP_DAYS} days ahead. Cards are authorised now and charged when the goal is reached.`}
            />
            <input type="hidden" name="dropEndsAt" value={localToIso(dropEndsAt)} />
          </div>
        )}
      </fieldset>

      <fieldset className="field">
        <legend>When</legend>
        <div className="row">
          {(
            [
              ['now', 'Publish now'],
              ['draft', 'Save as draft'],
              ['schedule', 'Schedule'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="row">
              <input type="radio" name="publishMode" value={value} checked={mode === value} onChange={() => setMode(value)} /> {label}
            </label>
          ))}
        </div>
        {mode === 'schedule' && (
          <>
            <Field name="publishAtLocal" id="publishAtLocal" label="Publish at" type="datetime-local" min={toLocalInput(now)} value={publishAt} onChange={(event) => setPublishAt(event.currentTarget.value)} error={errors.publishAt} />
            <input type="hidden" name="publishAt" value={localToIso(publishAt)} />
          </>
        )}
      </fieldset>

      <div className="row">
        <button type="button" className="button button--ghost" aria-expanded={previewing} aria-controls="composer-preview" onClick={() => setPreviewing((open) => !open)}>
          {previewing ? 'Hide preview' : 'Preview'}
        </button>
        <SubmitButton pending={pending} pendingLabel="Saving…">
          {mode === 'draft' ? 'Save draft' : mode === 'schedule' ? 'Schedule post' : 'Save post'}
        </SubmitButton>
      </div>
      {previewing && (
        <section id="composer-preview" className="card stack studio-preview" aria-label="Preview">
          {photos[0] && <img src={photos[0].url} alt={photos[0].alt} />}
          <h2 className="post-title">{title || <span className="muted">Your title</span>}</h2>
          <p style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{body ? <RichText text={body} /> : <span className="muted">Your text appears here.</span>}</p>
          <ul>
            {variants.map((variant) => {
              const minor = parseMoneyInput(variant.price, currency);
              return (
                <li key={variant.key}>
                  {variant.label || 'Option'} — {minor === null ? 'no price yet' : formatMoney(minor, currency)}
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </form>
  );
}
