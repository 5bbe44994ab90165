'use client';
// A post's colours as round swatches, each with its name: one radio group, so a keyboard moves
// through the colours with the arrow keys and a screen reader hears "Sand, radio, 2 of 3".
// Used by the post page and the Buy sheet's option picker; posts whose options are not all
// known colours (lib/catalog/option-colours) show chips instead.
import { useTranslations } from 'next-intl';
import { useId, type CSSProperties, type ReactNode } from 'react';
import type { PostCardVariant } from '@/lib/catalog/post-card';
import type { OptionColour } from '@/lib/catalog/option-colours';

interface OptionSwatchesProps {
  /** The radios' name, one per group on the page. */
  name: string;
  variants: PostCardVariant[];
  /** One colour per variant, in the same order. */
  colours: OptionColour[];
  value: string;
  onPick: (variantId: string) => void;
  /** What follows the name: the price, the stock. */
  detail: (variant: PostCardVariant) => ReactNode;
}

export function OptionSwatches({ name, variants, colours, value, onPick, detail }: OptionSwatchesProps) {
  const t = useTranslations('post.card');
  const legendId = useId();
  return (
    <fieldset className="swatches" role="radiogroup" aria-labelledby={legendId}>
      <legend id={legendId} className="swatches__legend">
        {t('colour')}
      </legend>
      <div className="swatches__list">
        {variants.map((variant, index) => (
          <label key={variant.id} className={`swatch${variant.stock <= 0 ? ' swatch--soldout' : ''}`}>
            <input type="radio" name={name} value={variant.id} checked={value === variant.id} disabled={variant.stock <= 0} onChange={() => onPick(variant.id)} />
            {/* The fill is data (the brand's colour), so it comes in as a custom property. */}
            <span className="swatch__dot" aria-hidden style={{ '--swatch': colours[index]?.hex } as CSSProperties} />
            <span className="swatch__name">{colours[index]?.name ?? variant.label}</span>
            <span className="swatch__detail">{detail(variant)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
