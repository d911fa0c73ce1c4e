import {
  deskNavLink,
  openSuite,
  screenshot,
  signIn,
  signOut,
  switchLanguage,
  type Language,
  type OpenSuite,
  type Page,
} from '@dx/e2e-kit';

jest.setTimeout(300_000);

const L: Record<
  Language,
  {
    tab: string;
    approvals: string;
    ranking: string;
    rate: string;
    send: string;
    awaiting: string;
    review: string;
    approve: string;
    approved: string;
    good: string;
    publish: string;
    published: string;
    previousMonth: string;
    previousYear: string;
    targets: string;
    setTarget: string;
    ofYear: string;
  }
> = {
  vi: {
    tab: 'Đánh giá',
    approvals: 'Duyệt đánh giá',
    ranking: 'Xếp hạng đơn vị theo năm',
    rate: 'Tự đánh giá tháng',
    send: 'Gửi thủ trưởng',
    awaiting: 'Chờ duyệt',
    review: 'Duyệt hoặc điều chỉnh',
    approve: 'Duyệt',
    approved: 'Đã duyệt (đã khóa)',
    good: 'Hoàn thành tốt',
    publish: 'Công bố xếp hạng',
    published: 'Đã công bố',
    previousMonth: 'Tháng trước',
    previousYear: 'Năm trước',
    targets: 'Chỉ tiêu theo năm',
    setTarget: 'Đặt chỉ tiêu năm',
    ofYear: 'đặt cho năm này',
  },
  en: {
    tab: 'Evaluation',
    approvals: 'Approvals',
    ranking: 'Yearly ranking of units',
    rate: 'Rate my month',
    send: 'Send to the head',
    awaiting: 'Awaiting approval',
    review: 'Approve or correct',
    approve: 'Approve',
    approved: 'Approved (locked)',
    good: 'Good',
    publish: 'Publish the ranking',
    published: 'Published',
    previousMonth: 'Previous month',
    previousYear: 'Previous year',
    targets: 'Indicator targets',
    setTarget: "Set the year's target",
    ofYear: 'set for this year',
  },
  ar: {
    tab: 'التقييم',
    approvals: 'الاعتماد',
    ranking: 'الترتيب السنوي للوحدات',
    rate: 'تقييم شهري',
    send: 'إرسال إلى الرئيس',
    awaiting: 'بانتظار الاعتماد',
    review: 'اعتماد أو تعديل',
    approve: 'اعتماد',
    approved: 'معتمد (مقفل)',
    good: 'جيد',
    publish: 'نشر الترتيب',
    published: 'منشور',
    previousMonth: 'الشهر السابق',
    previousYear: 'العام السابق',
    targets: 'أهداف المؤشرات',
    setTarget: 'تحديد هدف العام',
    ofYear: 'محدد لهذا العام',
  },
};

/** Each language rates its own month and publishes its own year (a month and a year are locked once done). */
const STEPS_BACK: Record<Language, number> = { vi: 0, en: 1, ar: 2 };

async function openEvaluation(page: Page, language: Language, account: string) {
  if (page.url().startsWith('http')) await signOut(page);
  await signIn(page, account);
  if ((await page.evaluate(() => document.documentElement.lang)) !== language)
    await switchLanguage(page, language);
  await deskNavLink(page, 'tasks').first().click();
  await page.getByRole('link', { name: L[language].tab, exact: true }).first().click();
  await page.waitForURL((url) => url.pathname.startsWith('/tasks/evaluation'));
}

async function stepBack(page: Page, label: string, times: number) {
  for (let i = 0; i < times; i++) await page.getByRole('button', { name: label }).first().click();
}

describe('DX evaluation by clicking: monthly rating and the yearly ranking', () => {
  let suite: OpenSuite;
  afterEach(async () => {
    await suite?.close();
  });

  it.each<Language>(['vi', 'en', 'ar'])(
    'a civil servant submits a month, the head approves, the year is classified; the secretariat publishes (%s)',
    async (language) => {
      suite = await openSuite({ viewport: { width: 1366, height: 768 } });
      const { page } = suite;
      const l = L[language];
      const back = STEPS_BACK[language];
      const shots = async (name: string) => {
        await screenshot(page, `${name}-${language}-1366`);
        await page.setViewportSize({ width: 390, height: 844 });
        await page.waitForTimeout(300);
        await screenshot(page, `${name}-${language}-390`);
        await page.setViewportSize({ width: 1366, height: 768 });
      };

      // The civil servant rates her month: 35 + 25 + 30 = 90.
      await openEvaluation(page, language, 'congchuc');
      await stepBack(page, l.previousMonth, back);
      await page.getByRole('button', { name: l.rate }).click();
      await page.locator('#self-assessment_TASKS_ON_TIME').fill('35');
      await page.locator('#self-assessment_TRAINING').fill('25');
      await page.locator('#self-assessment_DIGITAL_TOOLS').fill('30');
      await page.locator('#self-assessment_note').fill('Hoàn thành 5/5 nhiệm vụ, dùng chữ ký số');
      await page.locator('.ant-modal').getByRole('button', { name: l.send }).click();
      await page.getByTestId('my-month').getByText(l.awaiting).waitFor();
      await shots('evaluation-submitted');

      // The head of Lĩnh Nam corrects one criterion with a reason and approves.
      await openEvaluation(page, language, 'member');
      await page.getByRole('link', { name: l.approvals, exact: true }).click();
      await stepBack(page, l.previousMonth, back);
      const row = page.getByTestId('approvals-table').locator('tr', { hasText: 'Lý Thanh Yến' });
      await row.getByRole('button', { name: l.review }).click();
      await page.locator('#approve-rating_TASKS_ON_TIME').fill('30');
      await page.locator('#approve-rating_reason').fill('Một nhiệm vụ trễ hạn 3 ngày');
      await page.locator('.ant-modal').getByRole('button', { name: l.approve, exact: true }).click();
      await row.getByText(l.approved).waitFor();
      await shots('evaluation-approvals');

      // Back as the civil servant: the month is locked and the year's classification shows (85: good).
      await openEvaluation(page, language, 'congchuc');
      await stepBack(page, l.previousMonth, back);
      await page.getByTestId('my-month').getByText(l.approved).waitFor();
      await page.getByTestId('year-classification').getByText(l.good, { exact: true }).waitFor();
      expect(await page.getByRole('button', { name: l.rate }).count()).toBe(0);
      await shots('evaluation-year');

      // The secretariat publishes a year's ranking of the city's units.
      await openEvaluation(page, language, 'secretariat');
      await page.getByRole('link', { name: l.ranking, exact: true }).click();
      await stepBack(page, l.previousYear, back);
      await page.getByTestId('ranking-table').locator('tr.ant-table-row').first().waitFor();
      await page.getByRole('button', { name: l.publish }).click();
      await page.locator('.ant-modal').getByRole('button', { name: l.publish }).click();
      await page.getByTestId('ranking-status').getByText(l.published, { exact: true }).waitFor();
      expect(await page.getByRole('button', { name: l.publish }).count()).toBe(0);
      await shots('evaluation-ranking');

      // The secretariat sets the year's target of an indicator and sees the unit's months against it.
      await page.getByRole('link', { name: l.targets, exact: true }).click();
      await stepBack(page, l.previousYear, back);
      await page.getByTestId('targets-table').locator('tr.ant-table-row').first().waitFor();
      await page.getByRole('button', { name: l.setTarget }).click();
      await page.locator('#year-target_target').fill('12');
      await page.locator('.ant-modal .ant-btn-primary').click();
      await page.getByTestId('year-target').getByText(l.ofYear, { exact: false }).waitFor();
      expect(await page.getByTestId('year-target').innerText()).toContain('12');
      await shots('evaluation-targets');
      expect(suite.pageErrors).toEqual([]);
    },
  );
});
