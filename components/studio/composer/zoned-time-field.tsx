'use client';
import { useTimeZone } from 'next-intl';
import type { ReactNode } from 'react';
import { Field } from '@/components/form/field';
import { instantToWallClock, wallClockToInstant } from '@/lib/i18n/wall-clock';
import { DEFAULT_TIME_ZONE } from '@/lib/i18n/time-zone';

interface ZonedTimeFieldProps {
  /** The ISO instant is posted under this name; the visible input under `${name}Local`. */
  name: string;
  label: string;
  /** The input's wall-clock value ("2026-11-23T14:00"). */
  value: string;
  onChange: (value: string) => void;
  min: Date;
  max?: Date;
  error?: string;
  hint?: ReactNode;
}

/**
 * A datetime-local input read in the reader's time zone (the one every page shows times in), not
 * the browser's guess, and posted as an ISO instant so the server never has to know the zone.
 */
export function ZonedTimeField({ name, label, value, onChange, min, max, error, hint }: ZonedTimeFieldProps) {
  const timeZone = useTimeZone() ?? DEFAULT_TIME_ZONE;
  const local = `${name}Local`;
  return (
    <>
      <Field
        name={local}
        id={local}
        label={label}
        type="datetime-local"
        min={instantToWallClock(min, timeZone)}
        max={max && instantToWallClock(max, timeZone)}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        error={error}
        hint={hint}
      />
      <input type="hidden" name={name} value={wallClockToInstant(value, timeZone)?.toISOString() ?? ''} />
    </>
  );
}
