import {
  DESK_ACCOUNTS,
  deskLinks,
  deskNavLink,
  expectAccessible,
  expectDeskScreen,
  openSuite,
  screenshot,
  signIn,
  type OpenSuite,
  type Page,
} from '@dx/e2e-kit';

/** Clicks every tab and every header button of a desk (no typed URLs) and checks each screen. */
async function clickThroughDesk(page: Page, desk: string, label: string): Promise<number> {
  await deskNavLink(page, desk).click();
  await expectDeskScreen(page, desk, `${label}: ${desk} first screen`);
  const { tabs, actions } = await deskLinks(page);
  expect(tabs.length).toBeGreaterThan(0);
  let visited = 0;
  for (const href of tabs) {
    await page.locator(`nav.dx-desk-tabs a[href="${href}"]`).click();
    await page.waitForURL((url) => url.pathname === href);
    await expectDeskScreen(page, desk, `${label}: tab ${href}`);
    visited += 1;
    // The header buttons from every tab (they used to resolve from the tab: /tasks/list/list/new).
    for (const action of actions) {
      await page.locator(`[data-testid=desk-actions] a[href="${action}"]`).click();
      await page.waitForURL((url) => url.pathname === action);
      await expectDeskScreen(page, desk, `${label}: header button ${action} from ${href}`);
      await page.locator(`nav.dx-desk-tabs a[href="${href}"]`).click();
      visited += 1;
    }
  }
  return visited;
}

describe('every tab and header button of every desk', () => {
  let suite: OpenSuite;
  afterEach(async () => suite?.close());

  it('opens a screen of the desk for the administrator, and checks each first screen with axe', async () => {
    suite = await openSuite();
    await signIn(suite.page, 'admin');
    const report: string[] = [];
    const failures: string[] = [];
    for (const desk of Object.keys(DESK_ACCOUNTS)) {
      const visited = await clickThroughDesk(suite.page, desk, 'admin');
      await deskNavLink(suite.page, desk).click();
      await expectDeskScreen(suite.page, desk, `${desk} first screen`);
      try {
        const violations = await expectAccessible(suite.page, `${desk} first screen`);
        report.push(
          `${desk}: ${visited} screens, axe: no serious/critical, ${violations.length} minor/moderate`,
        );
      } catch (error) {
        failures.push((error as Error).message);
        report.push(`${desk}: ${visited} screens, axe: FAILED`);
      }
    }
    console.log(report.join('\n'));
    expect(failures).toEqual([]);
    expect(suite.pageErrors).toEqual([]);
  }, 600_000);

  it.each(Object.entries(DESK_ACCOUNTS).filter(([, account]) => account !== 'admin'))(
    'opens a screen of the %s desk for its own role',
    async (desk, account) => {
      suite = await openSuite();
      await signIn(suite.page, account);
      expect(await clickThroughDesk(suite.page, desk, account)).toBeGreaterThan(0);
      expect(suite.pageErrors).toEqual([]);
    },
    300_000,
  );

  it('works at 390 px wide (a phone)', async () => {
    suite = await openSuite({ viewport: { width: 390, height: 844 } });
    await signIn(suite.page, 'admin');
    for (const desk of Object.keys(DESK_ACCOUNTS)) {
      await clickThroughDesk(suite.page, desk, 'admin at 390 px');
      await screenshot(suite.page, `desk-${desk}-390`);
    }
    expect(suite.pageErrors).toEqual([]);
  }, 600_000);
});
