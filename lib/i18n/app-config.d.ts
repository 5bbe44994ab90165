// Typed translation keys: t('common.nav.explore') is checked against the English messages.
import type { FORMATS } from '@/lib/i18n/formats';
import type errors from '../../messages/en/errors.json';
import type outcomes from '../../messages/en/outcomes.json';
import type admin from '../../messages/en/admin.json';
import type common from '../../messages/en/common.json';
import type inbox from '../../messages/en/inbox.json';
import type orders from '../../messages/en/orders.json';
import type feed from '../../messages/en/feed.json';
import type post from '../../messages/en/post.json';
import type checkout from '../../messages/en/checkout.json';
import type replies from '../../messages/en/replies.json';
import type draws from '../../messages/en/draws.json';
import type auth from '../../messages/en/auth.json';
import type settings from '../../messages/en/settings.json';
import type shell from '../../messages/en/shell.json';
import type status from '../../messages/en/status.json';
import type studio from '../../messages/en/studio.json';
import type composer from '../../messages/en/composer.json';
import type insights from '../../messages/en/insights.json';
import type carousel from '../../messages/en/carousel.json';
import type payments from '../../messages/en/payments.json';

declare module 'next-intl' {
  interface AppConfig {
    Messages: {
      errors: typeof errors;
      outcomes: typeof outcomes;
      admin: typeof admin;
      common: typeof common;
      inbox: typeof inbox;
      orders: typeof orders;
      feed: typeof feed;
      post: typeof post;
      checkout: typeof checkout;
      replies: typeof replies;
      draws: typeof draws;
      auth: typeof auth;
      settings: typeof settings;
      shell: typeof shell;
      status: typeof status;
      studio: typeof studio;
      composer: typeof composer;
      insights: typeof insights;
      carousel: typeof carousel;
      payments: typeof payments;
    };
    Formats: typeof FORMATS;
  }
}
