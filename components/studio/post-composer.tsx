'use client';
// The post composer: one reducer (composer/composer-state.ts) holds the post being written; each
// part below shows one concern of it: text, photos, variants, terms, a drop, when to publish.
import { useTranslations } from 'next-intl';
import { useReducer } from 'react';
import { createPost } from '@/lib/actions/posts/create-post';
import { Button } from '@/components/form/button';
import { FormMessage } from '@/components/form/form-message';
import { SubmitButton } from '@/components/form/submit-button';
import { useFormAction } from '@/components/form/use-form-action';
import { composerReducer, initialComposerState } from './composer/composer-state';
import { ComposerDrop } from './composer/composer-drop';
import { ComposerPhotos } from './composer/composer-photos';
import { ComposerPreview } from './composer/composer-preview';
import { ComposerSchedule } from './composer/composer-schedule';
import { ComposerTerms } from './composer/composer-terms';
import { ComposerText } from './composer/composer-text';
import { VariantFields } from './composer/variant-fields';

export function PostComposer() {
  const t = useTranslations('composer');
  const { state: result, onSubmit, pending, fieldErrors: errors } = useFormAction(createPost);
  const [post, dispatch] = useReducer(composerReducer, initialComposerState);
  return (
    <form onSubmit={onSubmit} className="stack" noValidate>
      <FormMessage state={result} />
      <ComposerText title={post.title} body={post.body} errors={errors} dispatch={dispatch} />
      <ComposerPhotos photos={post.photos} error={errors.images} dispatch={dispatch} />
      <VariantFields variants={post.variants} currency={post.currency} errors={errors} dispatch={dispatch} idPrefix="variant" legend={t('variants.legend')} />
      <ComposerTerms currency={post.currency} errors={errors} dispatch={dispatch} />
      <ComposerDrop drop={post.drop} dropEndsAt={post.dropEndsAt} errors={errors} dispatch={dispatch} />
      <ComposerSchedule mode={post.publishMode} publishAt={post.publishAt} errors={errors} dispatch={dispatch} />
      <div className="row">
        <Button type="button" variant="ghost" aria-expanded={post.previewing} aria-controls="composer-preview" onClick={() => dispatch({ type: 'previewToggled' })}>
          {post.previewing ? t('actions.hidePreview') : t('actions.preview')}
        </Button>
        <SubmitButton pending={pending} pendingLabel={t('actions.saving')}>
          {t(`actions.submit.${post.publishMode}`)}
        </SubmitButton>
      </div>
      {post.previewing && <ComposerPreview state={post} />}
    </form>
  );
}
