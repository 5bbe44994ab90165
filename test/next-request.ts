// A stand-in for next/headers so server actions can be called from vitest as a browser would call
// them. Use in a test file with: vi.mock('next/headers', () => import('@/test/next-request')).
let current = new Headers();

export function setRequestHeaders(init: Record<string, string>): void {
  current = new Headers(init);
}

export async function headers(): Promise<Headers> {
  return current;
}

export async function cookies() {
  const jar = new Map<string, string>();
  for (const part of (current.get('cookie') ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name) jar.set(name, value.join('='));
  }
  return {
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    has: (name: string) => jar.has(name),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
  };
}

/** The outcome of a server action that may end in redirect(): its result, or where it redirected. */
export async function runAction<T>(call: () => Promise<T>): Promise<T | { redirect: string }> {
  try {
    return await call();
  } catch (error) {
    const digest = (error as { digest?: unknown })?.digest;
    if (typeof digest === 'string' && digest.startsWith('NEXT_REDIRECT')) return { redirect: digest.split(';')[2] ?? '' };
    throw error;
  }
}
