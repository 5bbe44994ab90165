import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/layout/site-header';
import { LocaleProvider } from '@/components/locale/locale-provider';
import { LiveProvider } from '@/components/live/live-provider';
import { getViewer } from '@/lib/auth/viewer';
import { requestLocale } from '@/lib/request-locale';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Hashcart', template: '%s · Hashcart' },
  description: 'Shop straight from the feed: tap Buy or reply #buy.',
};

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
  const [locale, viewer] = await Promise.all([requestLocale(), getViewer()]);
  return (
    <html lang="en">
      <body>
        <LocaleProvider locale={locale}>
          <LiveProvider signedIn={viewer !== null}>
            <SiteHeader />
            <main>{children}</main>
          </LiveProvider>
        </LocaleProvider>
      </body>
    </html>
  );
}
