// better-auth's errors, recognised by shape: the bundler can load better-auth twice (one copy for
// route handlers, one for server actions) while the auth instance is shared per process, so
// `instanceof APIError` fails whenever the other copy made the instance — and a wrong password
// came back as "internal".
export interface AuthApiError {
  status: string;
  body?: { code?: string; message?: string };
}

export function authApiError(error: unknown): AuthApiError | null {
  if (!(error instanceof Error) || error.name !== 'APIError') return null;
  const status = (error as { status?: unknown }).status;
  return typeof status === 'string' ? (error as unknown as AuthApiError) : null;
}
