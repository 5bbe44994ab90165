import type { MetadataRoute } from 'next';

// Installable from a phone's browser: opens standalone on the explore feed.
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'Hashcart',
    short_name: 'Hashcart',
    description: 'Shop straight from the feed: tap Buy or reply #buy.',
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
