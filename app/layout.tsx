import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/layout/site-header';
import { LocaleProvider } from '@/components/locale/locale-provider';
import { requestLocale } from '@/lib/request-locale';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Hashcart', template: '%s · Hashcart' },
  description: 'Shop straight from the feed: tap Buy or reply #buy.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await requestLocale();
  return (
    <html lang="en">
      <body>
        <LocaleProvider locale={locale}>
          <SiteHeader />
          <main>{children}</main>
        </LocaleProvider>
      </body>
    </html>
  );
}
