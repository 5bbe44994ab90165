import type { Formats } from 'next-intl';

// Named formats so every page writes a date the same way; Intl picks the order and words per locale.
export const FORMATS = {
  dateTime: {
    day: { month: 'short', day: 'numeric' },
    date: { dateStyle: 'medium' },
    dateTime: { dateStyle: 'medium', timeStyle: 'short' },
    short: { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' },
    time: { timeStyle: 'short' },
  },
} satisfies Formats;
