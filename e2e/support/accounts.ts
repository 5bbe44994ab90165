import { expect, type Page } from '@playwright/test';

let counter = 0;

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${counter++}@e2e.test`;
}

export async function signUp(page: Page, name: string, email = uniqueEmail(name.toLowerCase().replace(/\W+/g, '-'))) {
  await page.goto('/sign-up');
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('correct-horse-battery');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  return email;
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
}

export async function createBrand(page: Page, name: string, handle: string) {
  await page.goto('/studio');
  await page.getByLabel('Brand name').fill(name);
  await page.getByLabel('Handle').fill(handle);
  await page.getByRole('button', { name: 'Create brand' }).click();
  await expect(page.getByRole('status')).toContainText(`Welcome, @${handle}`);
}
