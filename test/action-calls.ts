// Calling server actions from vitest as a signed-in browser would: a session cookie for a new
// account, and form fields as the FormData a form posts.
/** Signs a new account up through better-auth and returns its session cookie (name=value). */
export async function sessionCookie(email: string, name = 'Guard'): Promise<string> {
  // Loaded on first use: test files set the auth environment (ADMIN_EMAILS, DATABASE_URL) first.
  const { getAuth } = await import('@/lib/auth/auth');
  const { headers } = await (await getAuth()).api.signUpEmail({ body: { email, password: 'long enough password', name }, returnHeaders: true });
  return (headers.get('set-cookie') ?? '').split(';')[0]!;
}

export function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}
