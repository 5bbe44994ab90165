'use client';
import { useTimeZone, useTranslations } from 'next-intl';
import type { Dispatch } from 'react';
import { Field } from '@/components/form/field';
import type { FieldErrors } from '@/lib/actions/define-action';
import { MAX_DROP_DAYS } from '@/lib/studio/drop-rules';
import { DEFAULT_TIME_ZONE } from '@/lib/i18n/time-zone';
import type { ComposerAction } from './composer-state';
import { ZonedTimeField } from './zoned-time-field';

/** A drop: cards are authorised now and charged only if enough people order by the deadline. */
export function ComposerDrop({ drop, dropEndsAt, errors, dispatch }: { drop: boolean; dropEndsAt: string; errors: FieldErrors; dispatch: Dispatch<ComposerAction> }) {
  const t = useTranslations('composer.drop');
  const timeZone = useTimeZone() ?? DEFAULT_TIME_ZONE;
  const now = new Date();
  return (
    <fieldset className="field studio-drop">
      <legend>{t('legend')}</legend>
      <label className="row">
        <input type="checkbox" checked={drop} onChange={(event) => dispatch({ type: 'dropToggled', drop: event.currentTarget.checked })} /> {t('toggle')}
      </label>
      {drop && (
        <div className="row row--top">
          <Field name="dropGoal" label={t('goal')} type="number" min={1} defaultValue={10} error={errors.dropGoal} />
          <ZonedTimeField
            name="dropEndsAt"
            label={t('endsAt')}
            value={dropEndsAt}
            onChange={(value) => dispatch({ type: 'dropEndsAtChanged', dropEndsAt: value })}
            min={now}
            max={new Date(now.getTime() + MAX_DROP_DAYS * 86_400_000)}
            error={errors.dropEndsAt}
            hint={t('hint', { days: MAX_DROP_DAYS, timeZone })}
          />
        </div>
      )}
    </fieldset>
  );
}
