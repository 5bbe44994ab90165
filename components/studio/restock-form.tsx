'use client';
import { useTranslations } from 'next-intl';
import { restockVariant } from '@/lib/actions/posts/restock-variant';
import type { PostCardVariant } from '@/lib/catalog/post-card';
import { Field } from '@/components/form/field';
import { FormMessage } from '@/components/form/form-message';
import { SubmitButton } from '@/components/form/submit-button';
import { useFormAction } from '@/components/form/use-form-action';

/** On the brand's own post: add units; waitlisted buyers are offered them first. */
export function RestockForm({ postId, variants }: { postId: string; variants: PostCardVariant[] }) {
  const t = useTranslations('studio.restock');
  const { state, onSubmit, pending, fieldErrors } = useFormAction(restockVariant);
  return (
    <form onSubmit={onSubmit} className="card stack" aria-labelledby="restock-title" noValidate>
      <h2 id="restock-title" className="section-title">
        {t('title')}
      </h2>
      <FormMessage state={state} />
      <input type="hidden" name="postId" value={postId} />
      <div className="field">
        <label htmlFor="restock-variant">{t('option')}</label>
        <select id="restock-variant" name="variantId">
          {variants.map((variant) => (
            <option key={variant.id} value={variant.id}>
              {t('optionStock', { label: variant.label, stock: variant.stock })}
            </option>
          ))}
        </select>
      </div>
      <Field name="quantity" id="restock-quantity" label={t('units')} type="number" min={1} defaultValue={1} error={fieldErrors.quantity} />
      <SubmitButton pending={pending} pendingLabel={t('restocking')}>
        {t('submit')}
      </SubmitButton>
    </form>
  );
}
