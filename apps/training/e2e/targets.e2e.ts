import {
  deskNavLink,
  openSuite,
  screenshot,
  signIn,
  switchLanguage,
  type Language,
  type OpenSuite,
  type Page,
} from '@dx/e2e-kit';
import vi from '../../../packages/i18n/src/locales/vi/training.json';
import en from '../../../packages/i18n/src/locales/en/training.json';
import ar from '../../../packages/i18n/src/locales/ar/training.json';
import viCommon from '../../../packages/i18n/src/locales/vi/common.json';
import viDirectory from '../../../packages/i18n/src/locales/vi/directory.json';

const STRINGS: Record<Language, typeof vi> = { vi, en, ar };
const MEMBERS = viCommon.personCategories.COMMUNITY_TEAM_MEMBER;

const option = (page: Page, text: string) =>
  page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
      hasText: text,
    })
    .first();

describe('who must be trained', () => {
  let suite: OpenSuite;
  afterEach(async () => {
    await suite?.close();
  });

  it("the directory records a person's category; the coordinator sets a target for a category and year and sees it counted (vi, en, ar)", async () => {
    suite = await openSuite();
    const { page } = suite;
    page.setDefaultTimeout(20_000);
    try {
      await categoryInDirectory(page);
      await targetByCategory(page);
    } catch (error) {
      await screenshot(page, 'training-targets-failure');
      throw error;
    }
    expect(suite.pageErrors).toEqual([]);
  }, 240_000);
});

/** The administrator gives a person a category and a priority group in the person form. */
async function categoryInDirectory(page: Page) {
  await signIn(page, 'admin');
  await deskNavLink(page, 'directory').click();
  await page.getByRole('link', { name: viDirectory.tabs.people }).click();
  const row = page.locator('tbody tr.ant-table-row', { hasText: 'Ngô Quang Vinh' });
  const search = page.getByLabel(viDirectory.people.search);
  await search.fill('Ngô Quang Vinh');
  await search.press('Enter');
  await row.getByRole('button').click();
  await page.locator('#person_category').click();
  await option(page, viCommon.personCategories.CADRE).click();
  await page.locator('#person_priorityGroups').click();
  await option(page, viCommon.priorityGroups.ELDERLY).click();
  await page.keyboard.press('Escape');
  await page.locator('.ant-modal-footer .ant-btn-primary').click();
  await page.locator('.ant-modal').waitFor({ state: 'hidden' });
  await row.getByText(viCommon.personCategories.CADRE).waitFor();
  await screenshot(page, 'directory-person-category-vi');
  await page.getByRole('button', { name: /Đăng xuất/ }).click();
  await page.locator('input#username').waitFor();
}

async function targetByCategory(page: Page) {
  const s = STRINGS.vi;
  await signIn(page, 'trainer');
  await deskNavLink(page, 'training').click();
  await page.getByRole('link', { name: s.tabs.progress }).click();
  await page.getByRole('button', { name: s.targets.create }).click();
  await page.locator('#target_unitId').click();
  await page.locator('#target_unitId').fill('HN-CN');
  await option(page, '(HN-CN)').click();
  await page.locator('#target_category').click();
  await option(page, MEMBERS).click();
  await page.locator('#target_targetPercent').fill('120');
  await page.locator('#target_dueDate').click();
  await page.locator('#target_dueDate').fill('31/12/2026');
  await page.locator('#target_dueDate').press('Enter');
  await page.locator('.ant-modal-footer .ant-btn-primary').click();
  // 120% is refused with the server's rule beside the field, and left as typed.
  await page.locator('#target_targetPercent_help').getByText(s.targets.percentRule).waitFor();
  expect(await page.locator('#target_targetPercent').inputValue()).toBe('120');
  await screenshot(page, 'training-target-refused-vi');
  await page.locator('#target_targetPercent').fill('100');
  await page.locator('.ant-modal-footer .ant-btn-primary').click();
  await page.locator('.ant-modal').waitFor({ state: 'hidden' });

  const card = page.locator('.ant-card', { hasText: MEMBERS }).filter({ hasText: 'Phường Cửa Nam' }).first();
  await card.getByText(s.targets.year.replace('{{year}}', '2026')).waitFor();
  await card.getByTestId('target-priority-groups').getByText(viCommon.priorityGroups.ELDERLY).waitFor();
  await screenshot(page, 'training-target-category-vi');
  for (const language of ['en', 'ar'] as Language[]) {
    await switchLanguage(page, language);
    await page.getByRole('button', { name: STRINGS[language].targets.create }).waitFor();
    await screenshot(page, `training-target-category-${language}`);
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'training-target-category-390-ar');
}
