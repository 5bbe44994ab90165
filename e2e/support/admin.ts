import { expect, type APIRequestContext } from '@playwright/test';
import { E2E_PORT } from './environment';

/** The e2e admin: its email is in ADMIN_EMAILS of the e2e server config (playwright.config.ts). */
export const ADMIN = { email: 'admin@e2e.test', password: 'correct-horse-battery', name: 'Ada Admin' };

/** Signs the context in as the e2e admin, creating the account the first time. */
export async function signInAdmin(request: APIRequestContext) {
  const headers = { origin: `http://localhost:${E2E_PORT}` };
  const signIn = await request.post('/api/auth/sign-in/email', { data: { email: ADMIN.email, password: ADMIN.password }, headers });
  if (signIn.ok()) return;
  const signUp = await request.post('/api/auth/sign-up/email', { data: ADMIN, headers });
  expect(signUp.ok(), await signUp.text()).toBe(true);
}
