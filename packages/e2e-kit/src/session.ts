import type { Page } from 'playwright-core';
import { suiteUrl } from './browser';

export type DemoAccount =
  'admin' | 'secretariat' | 'trainer' | 'donations' | 'awards' | 'member' | 'viewer' | 'team27';
export type Language = 'vi' | 'en' | 'ar';

const LANGUAGE_LABELS: Record<Language, string> = { vi: 'Tiếng Việt', en: 'English', ar: 'العربية' };

/** Signs in through the sign-in form and waits for the home dashboard. */
export async function signIn(
  page: Page,
  username: DemoAccount | string,
  password = 'demo1234',
): Promise<void> {
  if (!page.url().includes('/signin')) await page.goto(suiteUrl('/signin'));
  await page.locator('input#username').fill(username);
  await page.locator('input#password').fill(password);
  await page.locator('button[type=submit]').click();
  await homeScreen(page).waitFor();
}

/** The first screen after sign-in (the command dashboard; `home` on older shells). */
export function homeScreen(page: Page) {
  return page.locator('[data-testid=dashboard], [data-testid=home]').first();
}

/** Forgets the token and the session cookie (the shell would otherwise renew from the cookie at start-up). */
export async function signOut(page: Page): Promise<void> {
  await page.evaluate(() => localStorage.removeItem('dx.session'));
  await page.context().clearCookies();
  await page.goto(suiteUrl('/signin'));
}

/** Picks a language in the header's switcher, as a user would, and waits for `<html lang>`. */
export async function switchLanguage(page: Page, language: Language): Promise<void> {
  await page.getByTestId('language-switcher').first().click();
  await page.locator('.ant-select-item-option', { hasText: LANGUAGE_LABELS[language] }).first().click();
  await page.waitForFunction((lng) => document.documentElement.lang === lng, language);
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').waitFor({ state: 'hidden' });
}

/** Opens a desk by its route, e.g. `directory/people`. */
export async function openDesk(page: Page, path: string): Promise<void> {
  await page.goto(suiteUrl(`/${path.replace(/^\//, '')}`));
}
