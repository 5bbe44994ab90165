// What the draw forms and sheets may send; the amount and the winners never come from the browser.
import { z } from 'zod';
import { uuid } from '@/lib/validation/ids';

const checkbox = z.preprocess((value) => value === 'on' || value === 'true' || value === true, z.boolean());
const when = (message: string) => z.coerce.date({ message });

export const drawRulesSchema = z.object({
  minAccountAgeDays: z.preprocess(
    (value) => (value === '' || value === undefined || value === null ? null : value),
    z.coerce.number({ message: 'errors.field.wholeDays' }).int('errors.field.wholeDays').min(1, 'errors.field.atLeastDays').max(3650, 'errors.field.atMostDays').nullable(),
  ),
  requireVerifiedEmail: checkbox,
  requireFollower: checkbox,
});

export const launchDrawSchema = drawRulesSchema.extend({
  postId: uuid('errors.field.unknownPost'),
  opensAt: when('errors.draw.chooseOpens'),
  closesAt: when('errors.draw.chooseCloses'),
  // units.<variantId> = count; an empty field means the option is not in the draw.
  units: z.record(uuid('errors.field.unknownOption'), z.preprocess((value) => (value === '' ? 0 : value), z.coerce.number().int('errors.field.wholeNumber').min(0, 'errors.field.atLeast'))),
});

export const updateDrawRulesSchema = drawRulesSchema.extend({ postId: uuid('errors.field.unknownPost') });

export const enterDrawSchema = z.object({
  postId: uuid('errors.field.unknownPost'),
  variantId: uuid('errors.field.chooseOption'),
  paymentMethodId: z.string().regex(/^pm_\w+$/, 'errors.field.chooseCard'),
});

export const drawPostSchema = z.object({ postId: uuid('errors.field.unknownPost') });

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
