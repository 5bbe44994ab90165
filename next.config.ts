import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { keptSecret, SERVER_ACTIONS_KEY } from './lib/shared-secrets';

// The server-action key is baked into the build: pin it so every build, process and instance
// agrees on action ids (lib/shared-secrets).
process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY = keptSecret(SERVER_ACTIONS_KEY);

const nextConfig: NextConfig = {
  // Separate build folders let several checkouts of the work build and test side by side.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // The container image (deploy/Dockerfile) ships Next's traced standalone server; `npm start` and
  // the tests run the regular build.
  ...(process.env.NEXT_OUTPUT === 'standalone' ? { output: 'standalone' as const } : {}),
  // PGlite ships WASM and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: ['@electric-sql/pglite'],
  // Product photos are resized by next/image (sharp) from our own paths only: uploads and demo art.
  images: {
    localPatterns: [{ pathname: '/uploads/**' }, { pathname: '/demo/**' }],
    formats: ['image/avif', 'image/webp'],
  },
  experimental: {
    serverActions: { bodySizeLimit: '32mb' },
  },
  // A folder named @handle would be a parallel-route slot, so brand pages live at /brands/[handle].
  async rewrites() {
    return [{ source: '/@:handle', destination: '/brands/:handle' }];
  },
};

// Translations: the request's locale and messages come from lib/i18n/request.ts.
export default createNextIntlPlugin('./lib/i18n/request.ts')(nextConfig);
