import type { MetadataRoute } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';

// Installable from a phone's browser: opens standalone on the explore feed. Described in the
// language of the browser installing it.
export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const [t, lang] = await Promise.all([getTranslations('common.meta'), getLocale()]);
  return {
    name: 'Hashcart',
    short_name: 'Hashcart',
    description: t('description'),
    lang,
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#f6f5f2',
    theme_color: '#0f766e',
    icons: [
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
