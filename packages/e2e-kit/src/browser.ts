import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { SHELL } from '@dx/suite-manifest';

/** Where the suite under test is served; the e2e runner sets it (its own port range). */
export function suiteUrl(path = '/'): string {
  const base = process.env.DX_E2E_BASE_URL ?? `http://127.0.0.1:${SHELL.port}`;
  return new URL(path, base).toString();
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.DX_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface OpenSuite {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Page errors seen so far (uncaught exceptions in the app). */
  pageErrors: Error[];
  close(): Promise<void>;
}

/** A fresh browser profile at the shell's sign-in page. */
export async function openSuite(
  options: { path?: string; viewport?: { width: number; height: number } } = {},
): Promise<OpenSuite> {
  const browser = await launchBrowser();
  // bypassCSP: the shell's Content-Security-Policy forbids inline scripts, and axe-core is injected as one.
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1366, height: 860 },
    bypassCSP: true,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const pageErrors: Error[] = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  await page.goto(suiteUrl(options.path ?? '/'));
  return { browser, context, page, pageErrors, close: () => browser.close() };
}

const screenshotDir = join(__dirname, '..', '..', '..', 'test-results', 'screenshots');

/** A full-page PNG in test-results/screenshots/<name>.png, to look at in every language. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Resizes to a 390 px phone and answers how wide the page is once its layout has settled (antd's
 * breakpoints fold the side menu a few renders after the resize): 390 when it fits within 5 s, else
 * the width it still has. The caller shoots the screen and decides what a wider page means.
 */
export async function settledPhoneWidth(page: Page): Promise<number> {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForFunction(() => document.documentElement.clientWidth <= 390);
  return page
    .waitForFunction(() => document.documentElement.scrollWidth <= 390, undefined, { timeout: 5_000 })
    .then(() => 390)
    .catch(() => page.evaluate(() => document.documentElement.scrollWidth));
}
