import type { Page } from 'playwright-core';
import { DESKS } from '@dx/suite-manifest';
import type { DemoAccount } from './session';

/** Each desk and the demo account whose work it is (the suite manifest's `demoAccount`). */
export const DESK_ACCOUNTS: Record<string, DemoAccount> = Object.fromEntries(
  DESKS.map((desk) => [desk.name, desk.demoAccount]),
);

/** The shell's side-navigation link of a desk (a real `<a href="/<desk>">`). */
export function deskNavLink(page: Page, desk: string) {
  return page.locator(`nav[aria-label=main] a[href="/${desk}"]`);
}

/**
 * Waits until the open screen is a desk's and has finished loading, and checks it is not blank:
 * the URL is under `/<desk>/`, the desk frame is shown (not the shell's or the desk's "not found",
 * not a contained failure) and the screen below the tabs has content.
 */
export async function expectDeskScreen(page: Page, desk: string, what: string): Promise<void> {
  // A click on another desk's link changes the URL before that desk's frame replaces this one's.
  await page.waitForURL((url) => url.pathname.startsWith(`/${desk}`)).catch(() => undefined);
  await page.getByTestId('desk-page').waitFor();
  await page.waitForFunction(() => {
    const content = document.querySelector('[data-testid=desk-content]') as HTMLElement | null;
    if (!content) return false;
    const loading = content.querySelector('.ant-spin-spinning, [role=status] .ant-spin');
    return (
      !loading &&
      (content.innerText.trim().length > 0 || content.querySelector('table, form, canvas, svg') !== null)
    );
  });
  const path = new URL(page.url()).pathname;
  const problems: string[] = [];
  if (!path.startsWith(`/${desk}`)) problems.push(`left the desk (at ${path})`);
  if (await page.getByTestId('desk-not-found').count()) problems.push('shows "not found"');
  if (await page.getByTestId('remote-error').count()) problems.push('shows the desk as unavailable');
  if (problems.length) throw new Error(`${what}: ${problems.join(', ')}`);
}

/** The hrefs of the desk's tabs and header buttons, in page order. */
export async function deskLinks(page: Page): Promise<{ tabs: string[]; actions: string[] }> {
  // The tabs of the desk the URL names (not those of the desk being left, nor none while it loads).
  await page.waitForFunction(() => {
    const desk = window.location.pathname.split('/')[1];
    return document.querySelector(`nav.dx-desk-tabs a[href^="/${desk}"]`) !== null;
  });
  const hrefs = (selector: string) =>
    page.locator(selector).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return { tabs: await hrefs('nav.dx-desk-tabs a'), actions: await hrefs('[data-testid=desk-actions] a') };
}
