'use client';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, type Dispatch } from 'react';
import { Button } from '@/components/form/button';
import { Field } from '@/components/form/field';
import type { ComposerAction, ComposerPhoto } from './composer-state';

/** Photos in the order followers see them, each described for screen readers; the first is the cover. */
export function ComposerPhotos({ photos, error, dispatch }: { photos: ComposerPhoto[]; error?: string; dispatch: Dispatch<ComposerAction> }) {
  const t = useTranslations('composer.photos');
  const fileInput = useRef<HTMLInputElement | null>(null);

  // The file input is what gets uploaded, so it follows the order shown here.
  useEffect(() => {
    const input = fileInput.current;
    if (!input || photos.length === 0) return;
    const transfer = new DataTransfer();
    photos.forEach((photo) => transfer.items.add(photo.file));
    input.files = transfer.files;
  }, [photos]);

  return (
    <>
      <Field
        name="images"
        label={t('label')}
        type="file"
        multiple
        accept="image/png,image/jpeg,image/webp,image/gif"
        error={error}
        hint={t('hint')}
        onChange={(event) => {
          fileInput.current = event.currentTarget;
          photos.forEach((photo) => URL.revokeObjectURL(photo.url));
          dispatch({ type: 'photosChosen', photos: Array.from(event.currentTarget.files ?? []).map((file) => ({ file, url: URL.createObjectURL(file) })) });
        }}
      />
      {photos.length > 0 && (
        <ol className="image-previews" aria-label={t('order')}>
          {photos.map((photo, index) => (
            <li key={photo.url} className="image-preview">
              <img src={photo.url} alt="" />
              <label className="field">
                <span className="field-hint">{t('describe', { number: index + 1 })}</span>
                <input name="imageAlt" required placeholder={t('describePlaceholder')} value={photo.alt} onChange={(event) => dispatch({ type: 'photoDescribed', index, alt: event.currentTarget.value })} />
              </label>
              <div className="row">
                <Button type="button" variant="ghost" small disabled={index === 0} onClick={() => dispatch({ type: 'photoMoved', index, by: -1 })} aria-label={t('moveEarlier', { number: index + 1 })}>
                  ↑
                </Button>
                <Button type="button" variant="ghost" small disabled={index === photos.length - 1} onClick={() => dispatch({ type: 'photoMoved', index, by: 1 })} aria-label={t('moveLater', { number: index + 1 })}>
                  ↓
                </Button>
              </div>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
