// Runs before every page and route: answers visitors' public pages from the page cache
// (lib/cache/serve-public-page), and adds the security headers (lib/security/headers), computed
// from the environment the server started with, so the Stripe emulator's origin is known.
import { NextResponse, type NextRequest } from 'next/server';
import { securityHeaders, servedOverHttps } from '@/lib/security/headers';
import { servePublicPage } from '@/lib/cache/serve-public-page';

export async function proxy(request: NextRequest) {
  const response = (await servePublicPage(request)) ?? NextResponse.next();
  const headers = securityHeaders({ env: process.env, https: servedOverHttps(request.nextUrl.protocol, request.headers, process.env) });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
