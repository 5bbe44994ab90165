// Small HTML helpers for the emulator's own pages (3-D Secure challenge, Connect onboarding).
import type { RequestContext } from '../context';

export interface PageResponse {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

export interface PageRoute {
  method: 'GET' | 'POST';
  path: string;
  handler(ctx: RequestContext): PageResponse;
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function htmlPage(title: string, body: string, extraHead = ''): PageResponse {
  return {
    status: 200,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
    body: `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 0; padding: 24px; color: #1a1f36; background: #f6f9fc; }
  main { max-width: 420px; margin: 0 auto; background: #fff; border-radius: 8px; padding: 24px; box-shadow: 0 2px 8px rgba(0,0,0,.08); }
  h1 { font-size: 20px; margin-top: 0; }
  .actions { display: flex; gap: 12px; margin-top: 20px; }
  button { font: inherit; padding: 10px 18px; border-radius: 6px; border: 1px solid #635bff; cursor: pointer; }
  button.primary { background: #635bff; color: #fff; }
  button.secondary { background: #fff; color: #635bff; }
  button:focus-visible { outline: 3px solid #0a84ff; outline-offset: 2px; }
  .note { color: #697386; font-size: 14px; }
</style>
${extraHead}
</head>
<body><main>${body}</main></body>
</html>`,
  };
}

export function redirect(location: string): PageResponse {
  return { status: 303, headers: { Location: location, 'Cache-Control': 'no-store' } };
}

/** Only a bare origin (scheme://host[:port]) may be used as a postMessage target. */
export function safeOrigin(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value);
    return url.origin === value && (url.protocol === 'http:' || url.protocol === 'https:') ? value : null;
  } catch {
    return null;
  }
}
