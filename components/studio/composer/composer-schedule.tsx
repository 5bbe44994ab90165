'use client';
import { useTimeZone, useTranslations } from 'next-intl';
import type { Dispatch } from 'react';
import type { FieldErrors } from '@/lib/actions/define-action';
import { DEFAULT_TIME_ZONE } from '@/lib/i18n/time-zone';
import type { ComposerAction, PublishMode } from './composer-state';
import { ZonedTimeField } from './zoned-time-field';

const MODES: readonly PublishMode[] = ['now', 'draft', 'schedule'];

/** Publish now, keep as a draft, or publish at a time in the reader's time zone. */
export function ComposerSchedule({ mode, publishAt, errors, dispatch }: { mode: PublishMode; publishAt: string; errors: FieldErrors; dispatch: Dispatch<ComposerAction> }) {
  const t = useTranslations('composer.schedule');
  const timeZone = useTimeZone() ?? DEFAULT_TIME_ZONE;
  return (
    <fieldset className="field">
      <legend>{t('legend')}</legend>
      <div className="row">
        {MODES.map((value) => (
          <label key={value} className="row">
            <input type="radio" name="publishMode" value={value} checked={mode === value} onChange={() => dispatch({ type: 'publishModeChosen', mode: value })} /> {t(`mode.${value}`)}
          </label>
        ))}
      </div>
      {mode === 'schedule' && (
        <ZonedTimeField
          name="publishAt"
          label={t('publishAt')}
          value={publishAt}
          onChange={(value) => dispatch({ type: 'publishAtChanged', publishAt: value })}
          min={new Date()}
          error={errors.publishAt}
          hint={t('timeZone', { timeZone })}
        />
      )}
    </fieldset>
  );
}
