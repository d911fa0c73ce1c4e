import {
  openDesk,
  openSuite,
  screenshot,
  signIn,
  switchLanguage,
  type Language,
  type OpenSuite,
} from '@dx/e2e-kit';

const PEOPLE_TAB: Record<Language, string> = { vi: 'Cán bộ', en: 'People', ar: 'الأشخاص' };
const ADD_PERSON: Record<Language, string> = { vi: 'Thêm cán bộ', en: 'Add person', ar: 'إضافة شخص' };

describe('directory desk', () => {
  let suite: OpenSuite;
  afterEach(async () => {
    await suite?.close();
  });

  it.each<Language>(['vi', 'en', 'ar'])(
    'creates a person and finds them by search (%s)',
    async (language) => {
      suite = await openSuite();
      const { page } = suite;
      await signIn(page, 'admin');
      if (language !== 'vi') await switchLanguage(page, language);
      await openDesk(page, 'directory/units');
      // Children load when a unit is expanded.
      const hanoi = page.locator('.ant-tree-treenode', { hasText: 'Thành phố Hà Nội' });
      await hanoi.locator('.ant-tree-switcher').click();
      await page.locator('.ant-tree-title', { hasText: 'Phường Lĩnh Nam' }).click();
      await page.getByTestId('unit-details').waitFor();
      await screenshot(page, `directory-units-${language}`);
      await page.getByRole('link', { name: PEOPLE_TAB[language], exact: true }).click();
      await page.getByTestId('list-range').waitFor();
      await screenshot(page, `directory-people-${language}`);

      const fullName = `Nguyễn Thị E2E ${language} ${Date.now()}`;
      await page.getByRole('button', { name: ADD_PERSON[language] }).click();
      const dialog = page.getByRole('dialog');
      await dialog.locator('#person_fullName').fill(fullName);
      await dialog.locator('#person_position').fill('Cán bộ văn phòng');
      await dialog.locator('#person_unitId').click();
      await dialog.locator('#person_unitId').fill('Lĩnh Nam');
      await page.locator('.ant-select-item-option', { hasText: '(HN-LN)' }).click();
      await page
        .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
        .waitFor({ state: 'hidden' });
      await screenshot(page, `directory-person-form-${language}`);
      await dialog.locator('.ant-btn-primary').click();
      await dialog.waitFor({ state: 'detached' });

      const search = page.getByRole('searchbox').first();
      await search.fill(fullName);
      await search.press('Enter');
      await page.waitForURL(/search=/);
      await page.getByRole('cell', { name: fullName, exact: true }).waitFor();
      expect(await page.locator('tbody tr.ant-table-row').count()).toBe(1);
      await screenshot(page, `directory-people-found-${language}`);
    },
  );

  it('shows accounts with roles and the change log', async () => {
    suite = await openSuite();
    const { page } = suite;
    await signIn(page, 'admin');
    for (const language of ['vi', 'en', 'ar'] as Language[]) {
      if (language !== 'vi') await switchLanguage(page, language);
      await openDesk(page, 'directory/accounts');
      await page.getByRole('cell', { name: 'trainer' }).waitFor();
      await screenshot(page, `directory-accounts-${language}`);
      await openDesk(page, 'directory/audit');
      await page.getByTestId('list-range').waitFor();
      await screenshot(page, `directory-audit-${language}`);
    }
  });
});
