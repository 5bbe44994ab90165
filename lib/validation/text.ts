// Text people type: trimmed, bounded, and free of control characters (a NUL byte cannot be
// stored in Postgres text at all). Tabs and line breaks are fine where a field allows several lines.
import { z } from 'zod';

const CONTROL_SINGLE_LINE = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_MULTI_LINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

export const CONTROL_CHARACTERS_MESSAGE = 'common.errors.controlCharacters';

export function hasControlCharacters(value: string, multiline = true): boolean {
  return (multiline ? CONTROL_MULTI_LINE : CONTROL_SINGLE_LINE).test(value);
}

export function plainText(options: { max: number; min?: number; multiline?: boolean; tooLong?: string; tooShort?: string }) {
  const multiline = options.multiline ?? true;
  return z
    .string()
    .refine((value) => !hasControlCharacters(value, multiline), CONTROL_CHARACTERS_MESSAGE)
    .transform((value) => value.trim())
    .pipe(
      z
        .string()
        .min(options.min ?? 0, options.tooShort ?? 'errors.field.empty')
        .max(options.max, options.tooLong ?? 'errors.field.tooLong'),
    );
}
