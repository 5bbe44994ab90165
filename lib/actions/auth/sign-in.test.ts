// The sign-in form's own server action is rate limited, per account and per address.
import { beforeAll, describe, expect, it } from 'vitest';
import { actionEnvironment } from '@/test/action-calls';
import { runAction, setRequestHeaders } from '@/test/next-request';

// The limits are on; better-auth's own HTTP limiter never sees auth.api calls.
actionEnvironment({ origin: 'http://localhost:3000', rateLimited: true });

const { getAuth } = await import('@/lib/auth/auth');
const { signIn } = await import('./sign-in');

const password = 'correct horse battery';

function form(email: string, pass: string, next = '/orders') {
  const data = new FormData();
  data.set('email', email);
  data.set('password', pass);
  data.set('next', next);
  return data;
}

async function account(): Promise<string> {
  const email = `limit-${crypto.randomUUID()}@example.test`;
  await (await getAuth()).api.signUpEmail({ body: { email, password, name: 'Limit' } });
  return email;
}

function from(ip: string) {
  setRequestHeaders({ origin: 'http://localhost:3000', 'x-forwarded-for': ip });
}

describe('signIn (the form action)', () => {
  beforeAll(async () => {
    await getAuth();
  });

  it('signs in with the right password and goes to a safe next path', async () => {
    const email = await account();
    from('10.0.0.1');
    expect(await runAction(() => signIn(null, form(email, password)))).toEqual({ redirect: '/orders' });
  });

  // Each attempt hashes a password (scrypt): slow on a loaded machine.
  it('refuses the right password after too many wrong ones on that account, from any address', { timeout: 180_000 }, async () => {
    const email = await account();
    for (let attempt = 0; attempt < 30; attempt++) {
      from(`10.1.${attempt}.1`);
      const result = await runAction(() => signIn(null, form(email, 'wrong password')));
      expect(result).toMatchObject({ ok: false });
    }
    from('10.2.0.1');
    const result = await runAction(() => signIn(null, form(email, password)));
    expect(result).toMatchObject({ ok: false, error: 'too_many_attempts' });
  });

  it('refuses other accounts from an address that failed too often', { timeout: 180_000 }, async () => {
    from('10.3.0.1');
    for (let attempt = 0; attempt < 25; attempt++) {
      await runAction(() => signIn(null, form(`nobody-${attempt}@example.test`, 'wrong password')));
    }
    const email = await account();
    expect(await runAction(() => signIn(null, form(email, password)))).toMatchObject({ ok: false, error: 'too_many_attempts' });
    from('10.4.0.1');
    expect(await runAction(() => signIn(null, form(email, password)))).toEqual({ redirect: '/orders' });
  });

  it('never redirects off the site, and a newline in next is not a crash', async () => {
    const email = await account();
    from('10.5.0.1');
    expect(await runAction(() => signIn(null, form(email, password, '/\t/evil.com')))).toEqual({ redirect: '/' });
    expect(await runAction(() => signIn(null, form(email, password, '/orders\nSet-Cookie: x=1')))).toEqual({ redirect: '/' });
  });
});
