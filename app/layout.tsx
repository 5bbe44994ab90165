import type { Metadata, Viewport } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/layout/site-header';
import { TimeZoneSync } from '@/components/locale/time-zone-sync';
import { LiveProvider } from '@/components/live/live-provider';
import { getViewer } from '@/lib/auth/viewer';
import { renderingForMembers } from '@/lib/cache/shared-render';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('common.meta');
  return { title: { default: 'Hashcart', template: '%s · Hashcart' }, description: t('description') };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  viewportFit: 'cover',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#f6f5f2' },
    { media: '(prefers-color-scheme: dark)', color: '#0f1113' },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, viewer, forMembers] = await Promise.all([getLocale(), getViewer(), renderingForMembers()]);
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider>
          <TimeZoneSync />
          <LiveProvider signedIn={viewer !== null || forMembers}>
            <SiteHeader />
            <main>{children}</main>
          </LiveProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
