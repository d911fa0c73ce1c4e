import { expectAccessible, openSuite, screenshot, signIn, switchLanguage, type OpenSuite } from '@dx/e2e-kit';

describe('audit console', () => {
  let suite: OpenSuite;
  afterEach(async () => suite?.close());

  it('shows every service’s change log to an administrator, in Vietnam time, and to nobody else', async () => {
    suite = await openSuite();
    const { page } = suite;
    await signIn(page, 'admin');
    await page.locator('nav[aria-label=main] a[href="/audit"]').click();
    await page.getByTestId('audit-console').waitFor();
    await page.locator('.ant-table').waitFor();
    await expectAccessible(page, 'audit console');
    await screenshot(page, 'shell-audit-vi');
    for (const service of [
      'Nhiệm vụ',
      'Đào tạo',
      'Tiếp nhận, bàn giao',
      'Thi đua, khen thưởng',
      'Chiến dịch',
    ]) {
      await page.getByRole('combobox', { name: 'Phân hệ' }).click();
      await page.locator('.ant-select-item-option', { hasText: service }).first().click();
      await page.waitForURL((url) => url.searchParams.has('service'));
      await page.locator('.ant-table').waitFor();
      expect(await page.getByRole('alert').count()).toBe(0);
    }
    await switchLanguage(page, 'ar');
    await screenshot(page, 'shell-audit-ar');
    expect(suite.pageErrors).toEqual([]);
  });

  it('has no audit console for a desk role', async () => {
    suite = await openSuite();
    await signIn(suite.page, 'secretariat');
    expect(await suite.page.locator('nav[aria-label=main] a[href="/audit"]').count()).toBe(0);
  });
});
