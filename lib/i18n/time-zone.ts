// IANA time zones as the browser reports them; anything Intl does not know is refused.

export const DEFAULT_TIME_ZONE = 'UTC';

export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
