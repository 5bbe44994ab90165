'use client';
import { useLocale, useTranslations } from 'next-intl';
import type { Dispatch } from 'react';
import { Button } from '@/components/form/button';
import { Field } from '@/components/form/field';
import type { FieldErrors } from '@/lib/actions/define-action';
import { formatMoneyInput } from '@/lib/money';
import { canRemove, type VariantAction, type VariantEdit, type VariantRows } from './variant-rows';

interface VariantFieldsProps {
  variants: VariantRows;
  currency: string;
  errors: FieldErrors;
  dispatch: Dispatch<VariantAction>;
  /** Keeps the composer's and the edit form's field ids apart. */
  idPrefix: string;
  legend: string;
}

/** One row per option: label, price (typed the reader's way), stock and SKU; saved rows keep their id. */
export function VariantFields({ variants, currency, errors, dispatch, idPrefix, legend }: VariantFieldsProps) {
  const t = useTranslations('composer.variants');
  const locale = useLocale();
  const change = (key: number, edit: VariantEdit) => dispatch({ type: 'variantChanged', key, edit });
  return (
    <fieldset className="field composer-variants">
      <legend>{legend}</legend>
      {variants.rows.map((row, index) => {
        const id = (field: string) => `${idPrefix}-${index}-${field}`;
        return (
          <div key={row.key} className="composer-variant composer-variant--sku">
            <input type="hidden" name="variantId" value={row.id ?? ''} />
            <Field name="variantLabel" id={id('label')} label={t('option', { number: index + 1 })} placeholder={t('optionPlaceholder')} value={row.label} onChange={(event) => change(row.key, { label: event.currentTarget.value })} error={errors[`variants.${index}.label`]} />
            <Field name="variantPrice" id={id('price')} label={t('price')} inputMode="decimal" placeholder={formatMoneyInput(2500, currency, locale)} value={row.price} onChange={(event) => change(row.key, { price: event.currentTarget.value })} error={errors[`variants.${index}.price`]} />
            <Field name="variantStock" id={id('stock')} label={t('stock')} inputMode="numeric" placeholder="10" value={row.stock} onChange={(event) => change(row.key, { stock: event.currentTarget.value })} error={errors[`variants.${index}.stock`]} />
            <Field name="variantSku" id={id('sku')} label={t('sku')} placeholder={t('skuPlaceholder')} maxLength={40} value={row.sku} onChange={(event) => change(row.key, { sku: event.currentTarget.value })} />
            {row.id === undefined && (
              <Button type="button" variant="ghost" small aria-label={t('removeOption', { number: index + 1 })} disabled={!canRemove(variants, row)} onClick={() => dispatch({ type: 'variantRemoved', key: row.key })}>
                {t('remove')}
              </Button>
            )}
          </div>
        );
      })}
      {errors.variants && <p className="field-error">{errors.variants}</p>}
      <Button type="button" variant="ghost" small onClick={() => dispatch({ type: 'variantAdded' })}>
        {t('add')}
      </Button>
    </fieldset>
  );
}
