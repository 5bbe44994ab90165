// What the draw forms and sheets may send; the amount and the winners never come from the browser.
import { z } from 'zod';
import { uuid } from '@/lib/validation/ids';

const checkbox = z.preprocess((value) => value === 'on' || value === 'true' || value === true, z.boolean());
const when = (message: string) => z.coerce.date({ message });

export const drawRulesSchema = z.object({
  minAccountAgeDays: z.preprocess(
    (value) => (value === '' || value === undefined || value === null ? null : value),
    z.coerce.number({ message: 'Use a whole number of days.' }).int('Use a whole number of days.').min(1, 'At least 1 day.').max(3650, 'At most 3650 days.').nullable(),
  ),
  requireVerifiedEmail: checkbox,
  requireFollower: checkbox,
});

export const launchDrawSchema = drawRulesSchema.extend({
  postId: uuid('Unknown post.'),
  opensAt: when('Choose when entries open.'),
  closesAt: when('Choose when entries close.'),
  // units.<variantId> = count; an empty field means the option is not in the draw.
  units: z.record(uuid('Unknown option.'), z.preprocess((value) => (value === '' ? 0 : value), z.coerce.number().int('Use a whole number.').min(0, 'At least 0.'))),
});

export const updateDrawRulesSchema = drawRulesSchema.extend({ postId: uuid('Unknown post.') });

export const enterDrawSchema = z.object({
  postId: uuid('Unknown post.'),
  variantId: uuid('Choose an option.'),
  paymentMethodId: z.string().regex(/^pm_\w+$/, 'Choose a card.'),
});

export const drawPostSchema = z.object({ postId: uuid('Unknown post.') });

/** FormData keys `units.<id>` → `{ units: { id: value } }`. */
export function groupUnits(raw: Record<string, unknown>): Record<string, unknown> {
  const units: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key.startsWith('units.')) units[key.slice('units.'.length)] = value;
    else rest[key] = value;
  }
  return { ...rest, units };
}
