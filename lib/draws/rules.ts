// What a draw may be, checked before anything is written: kept free of the database so the
// composer can show the same messages.
import { DomainError } from '@/lib/errors';

export const MAX_DRAW_DAYS = 7;
/** After close, a winner whose bank asks for authentication has this long to complete it. */
export const OFFER_MINUTES = 30;
/** Entry attempts (entries made, including ones withdrawn since) per person per hour, across draws. */
export const ENTRIES_PER_HOUR = 20;
/** Times one person may enter the same draw (withdrawing and entering again counts). */
export const ENTRIES_PER_DRAW = 3;

export interface DrawRules {
  minAccountAgeDays: number | null;
  requireVerifiedEmail: boolean;
  requireFollower: boolean;
}

export interface DrawSettings extends DrawRules {
  opensAt: Date;
  closesAt: Date;
  /** Units offered per variant id; variants left out are not in the draw. */
  units: Record<string, number>;
}

export function checkDrawWindow({ opensAt, closesAt }: Pick<DrawSettings, 'opensAt' | 'closesAt'>, now = new Date()): void {
  if (Number.isNaN(opensAt.getTime())) throw new DomainError('invalid_input', 'errors.draw.chooseOpens', 'opensAt');
  if (Number.isNaN(closesAt.getTime())) throw new DomainError('invalid_input', 'errors.draw.chooseCloses', 'closesAt');
  // A minute of slack so "now" typed into the form is still accepted on submit.
  if (opensAt.getTime() < now.getTime() - 60_000) throw new DomainError('invalid_input', 'errors.draw.opensInPast', 'opensAt');
  if (closesAt <= opensAt) throw new DomainError('invalid_input', 'errors.draw.closeAfterOpen', 'closesAt');
  if (closesAt.getTime() - opensAt.getTime() > MAX_DRAW_DAYS * 86_400_000) {
    throw new DomainError('invalid_input', 'errors.draw.maxWindow', 'closesAt', { params: { days: MAX_DRAW_DAYS } });
  }
}

export function checkDrawRules(rules: DrawRules): void {
  const days = rules.minAccountAgeDays;
  if (days !== null && (!Number.isInteger(days) || days < 1 || days > 3650)) {
    throw new DomainError('invalid_input', 'errors.draw.accountAgeRange', 'minAccountAgeDays');
  }
}

/** Every listed variant gets 1 to `stock` units; at least one variant is in the draw. */
export function checkDrawUnits(units: Record<string, number>, variants: { id: string; label: string; stock: number }[]): void {
  const known = new Map(variants.map((variant) => [variant.id, variant]));
  const entries = Object.entries(units).filter(([, count]) => count !== 0);
  if (entries.length === 0) throw new DomainError('invalid_input', 'errors.draw.offerUnit', 'units');
  for (const [variantId, count] of entries) {
    const variant = known.get(variantId);
    if (!variant) throw new DomainError('invalid_input', 'errors.checkout.optionNotOnPost', 'units');
    if (!Number.isInteger(count) || count < 1) throw new DomainError('invalid_input', 'errors.draw.unitsWhole', `units.${variantId}`, { params: { label: variant.label } });
    if (count > variant.stock) throw new DomainError('invalid_input', 'errors.draw.unitsInStock', `units.${variantId}`, { params: { stock: variant.stock, label: variant.label } });
  }
}
