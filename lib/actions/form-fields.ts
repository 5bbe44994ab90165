// zod pieces for values that arrive from HTML forms as strings, arrays or files.
import { z } from 'zod';

/** A repeated form field: one value arrives as a string, several as an array. */
export function repeated<T extends z.ZodType>(item: T) {
  return z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(item));
}

/** Files from an <input type=file>; browsers send one empty, nameless file when nothing was chosen. */
export const fileList = repeated(z.instanceof(Blob)).transform((files) => files.filter((file) => file.size > 0) as File[]);

export const checkbox = z.preprocess((value) => value === 'on' || value === 'true' || value === true, z.boolean());
