// Bench clients speak to the app the way a browser does: better-auth's sign-up endpoint for a
// session cookie, and server actions by their id from the build's manifest.
import { readFileSync } from 'node:fs';

export async function signUp(appUrl: string, email: string): Promise<{ cookie: string; userId: string }> {
  const response = await fetch(`${appUrl}/api/auth/sign-up/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: appUrl },
    body: JSON.stringify({ email, password: 'bench-password-1', name: email.split('@')[0] }),
  });
  if (!response.ok) throw new Error(`sign-up failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const body = (await response.json()) as { user: { id: string } };
  return { cookie, userId: body.user.id };
}

export function serverActionId(file: string, exportedName: string): string {
  const dist = process.env.NEXT_DIST_DIR ?? '.next';
  const manifest = JSON.parse(readFileSync(`${dist}/server/server-reference-manifest.json`, 'utf8')) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const entry = Object.entries(manifest.node).find(([, action]) => action.filename === file && action.exportedName === exportedName);
  if (!entry) throw new Error(`no server action ${exportedName} in ${file}; run \`npx next build\` first`);
  return entry[0];
}

/**
 * Calls a server action over HTTP and returns its result (the flight response's row 1). One
 * connection per call, as each buyer has their own browser: reusing an idle pooled connection
 * races the server closing it (a POST cannot be retried safely), which ended a burst mid-way.
 */
export async function callAction<T>(appUrl: string, page: string, actionId: string, cookie: string, args: unknown[]): Promise<T> {
  const response = await fetch(`${appUrl}${page}`, {
    method: 'POST',
    headers: { 'next-action': actionId, 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component', cookie, origin: appUrl, connection: 'close' },
    body: JSON.stringify(args),
  });
  const text = await response.text();
  const row = text.split('\n').find((line) => line.startsWith('1:'));
  if (!response.ok || !row) throw new Error(`action failed: ${response.status} ${text.slice(0, 300)}`);
  return JSON.parse(row.slice(2)) as T;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
