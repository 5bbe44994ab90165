// Typed translation keys: t('common.nav.explore') is checked against the English messages.
import type { FORMATS } from '@/lib/i18n/formats';
import type errors from '../../messages/en/errors.json';
import type common from '../../messages/en/common.json';

declare module 'next-intl' {
  interface AppConfig {
    Messages: {
      errors: typeof errors;
      common: typeof common;
    };
    Formats: typeof FORMATS;
  }
}
