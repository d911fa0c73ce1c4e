import {
  openSuite,
  screenshot,
  signIn,
  switchLanguage,
  type Language,
  type OpenSuite,
  type Page,
} from '@dx/e2e-kit';

const nav = (page: Page, name: string) => page.getByRole('link', { name, exact: true }).first().click();

const LABELS: Record<
  Language,
  {
    desk: string;
    committee: string;
    open: string;
    programs: string;
    meetings: string;
    mine: string;
    scorecard: string;
  }
> = {
  vi: {
    desk: 'Nhiệm vụ',
    committee: 'Ban Chỉ đạo',
    open: 'Mở bàn làm việc của Ban',
    programs: 'Chương trình công tác',
    meetings: 'Cuộc họp',
    mine: 'Nhiệm vụ của tôi',
    scorecard: 'Xếp hạng tháng',
  },
  en: {
    desk: 'Tasks',
    committee: 'Committee',
    open: "Open the committee's desk",
    programs: 'Work programs',
    meetings: 'Meetings',
    mine: 'My tasks',
    scorecard: 'Monthly ranking',
  },
  ar: {
    desk: 'المهام',
    committee: 'اللجنة',
    open: 'افتح مكتب اللجنة',
    programs: 'برامج العمل',
    meetings: 'الاجتماعات',
    mine: 'مهامي',
    scorecard: 'الترتيب الشهري',
  },
};

describe('the committee desk in three languages, wide and narrow', () => {
  let suite: OpenSuite;
  afterEach(async () => {
    await suite?.close();
  });

  it.each<Language>(['vi', 'en', 'ar'])(
    'documents, programs (print), meetings, my tasks, scorecard (%s)',
    async (language) => {
      suite = await openSuite({ viewport: { width: 1366, height: 768 } });
      const { page } = suite;
      const l = LABELS[language];
      /** The page at 1366×768, then at a 390 px phone width. */
      const shots = async (name: string) => {
        await screenshot(page, `${name}-${language}-1366`);
        await page.setViewportSize({ width: 390, height: 844 });
        await page.waitForTimeout(300);
        await screenshot(page, `${name}-${language}-390`);
        await page.setViewportSize({ width: 1366, height: 768 });
      };
      await signIn(page, 'secretariat');
      if (language !== 'vi') await switchLanguage(page, language);
      await nav(page, l.desk);
      await nav(page, l.committee);
      await page.getByTestId('committee').first().getByRole('link', { name: l.open }).click();
      await page.getByTestId('documents-table').waitFor();
      await shots('tasks-documents');
      await page.getByRole('link', { name: l.programs, exact: true }).click();
      await page.locator('[data-testid^="program-"]').first().waitFor();
      await page.locator('[data-testid^="program-"]').first().getByRole('button').last().click();
      await page.getByTestId('program-print-table').waitFor();
      await page.getByTestId('program-print-table').scrollIntoViewIfNeeded();
      await shots('tasks-program-print');
      await page.getByRole('link', { name: l.meetings, exact: true }).click();
      await shots('tasks-meetings');
      await nav(page, l.mine);
      await page.getByTestId('my-tasks').locator('tr.ant-table-row').first().waitFor();
      await shots('tasks-mine');
      await nav(page, l.scorecard);
      await page.getByTestId('scorecard-table').locator('tr.ant-table-row').first().waitFor();
      await shots('tasks-scorecard');
      expect(suite.pageErrors).toEqual([]);
    },
  );
});
