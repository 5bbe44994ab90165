'use client';
import { useTranslations } from 'next-intl';
import type { Dispatch } from 'react';
import { Field } from '@/components/form/field';
import type { FieldErrors } from '@/lib/actions/define-action';
import { POST_TITLE_MAX } from '@/lib/catalog/post-title';
import type { ComposerAction } from './composer-state';

/** The post's title (what receipts call it) and its caption with hashtags. */
export function ComposerText({ title, body, errors, dispatch }: { title: string; body: string; errors: FieldErrors; dispatch: Dispatch<ComposerAction> }) {
  const t = useTranslations('composer.text');
  return (
    <>
      <Field
        name="title"
        label={t('title')}
        required
        maxLength={POST_TITLE_MAX}
        placeholder={t('titlePlaceholder')}
        value={title}
        onChange={(event) => dispatch({ type: 'titleChanged', title: event.currentTarget.value })}
        error={errors.title}
        hint={t('titleHint')}
      />
      <div className="field">
        <label htmlFor="body">{t('caption')}</label>
        <textarea
          id="body"
          name="body"
          maxLength={2000}
          value={body}
          onChange={(event) => dispatch({ type: 'bodyChanged', body: event.currentTarget.value })}
          aria-invalid={errors.body ? true : undefined}
          aria-describedby={errors.body ? 'body-error body-hint' : 'body-hint'}
        />
        <p id="body-hint" className="field-hint">
          {t('captionHint')}
        </p>
        {errors.body && (
          <p id="body-error" className="field-error" role="alert">
            {errors.body}
          </p>
        )}
      </div>
    </>
  );
}
