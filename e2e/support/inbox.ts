import { expect, type Page } from '@playwright/test';

/** Opens the conversation whose row (name, @handle, last message) matches `name` from /inbox (or /studio/inbox). */
export async function openConversation(page: Page, name: string | RegExp, inbox = '/inbox') {
  await page.goto(inbox);
  await page.getByRole('navigation', { name: 'Conversations' }).getByRole('link', { name }).first().click();
  await expect(page.getByRole('list', { name: 'Messages' })).toBeVisible();
}
