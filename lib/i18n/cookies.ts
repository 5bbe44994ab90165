// The cookies that carry a reader's language and time zone between requests. Signed-in readers
// also keep both on their account (users.locale, users.time_zone), restored here at sign-in.

export const LOCALE_COOKIE = 'hashcart_locale';
export const TIME_ZONE_COOKIE = 'hashcart_tz';
export const PREFERENCE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;
