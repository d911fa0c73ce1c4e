import {
  openDesk,
  openSuite,
  screenshot,
  signIn,
  switchLanguage,
  type Language,
  type OpenSuite,
  type Page,
} from '@dx/e2e-kit';

const TEAM = 'Tổ công nghệ số cộng đồng TDP 5, phường Cửa Nam';

async function pickOption(page: Page, selector: string, text: string, option: string | RegExp = text) {
  await page.locator(selector).click();
  await page.locator(selector).fill(text);
  await page.locator('.ant-select-item-option', { hasText: option }).first().click();
}

describe('awards desk', () => {
  let suite: OpenSuite;
  afterEach(async () => {
    await suite?.close();
  });

  it('nominates a team, scores it, approves it and shows it on the honours list and a certificate', async () => {
    suite = await openSuite();
    const { page } = suite;
    await signIn(page, 'awards');
    await openDesk(page, 'awards/nominate');
    await page.locator('#nomination_roundId').click();
    await page.locator('.ant-select-item-option', { hasText: 'Ngày Chuyển đổi số quốc gia' }).first().click();
    await pickOption(page, '#nomination_nomineeUnitId', 'HN-CN-TDP5-CNS', /HN-CN-TDP5-CNS/);
    await page
      .locator('#nomination_achievements')
      .fill(
        'Hướng dẫn hơn 300 lượt người dân cài đặt VNeID mức 2, iHanoi và nộp hồ sơ dịch vụ công trực tuyến.',
      );
    await screenshot(page, 'awards-nominate-vi');
    await page.locator('button[type=submit]').click();
    await page.waitForURL(/awards\/rounds\/\d+$/);
    const roundUrl = page.url();
    await page
      .getByRole('cell', { name: new RegExp(TEAM) })
      .first()
      .waitFor();

    await openDesk(page, 'awards/reviews');
    const queued = page.locator('.ant-table-row', { hasText: TEAM });
    await queued.waitFor();
    await screenshot(page, 'awards-review-queue-vi');
    await queued.getByRole('button', { name: 'Chấm điểm' }).click();
    const scores = page.locator('.ant-modal input.ant-input-number-input');
    await scores.first().waitFor();
    for (let i = 0; i < (await scores.count()); i++) await scores.nth(i).fill('9');
    await page.locator('#review_comment').fill('Tổ hoạt động đều đặn, hiệu quả.');
    await screenshot(page, 'awards-review-sheet-vi');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await page.locator('.ant-modal').waitFor({ state: 'detached' });

    await page.goto(`${roundUrl}?view=ranking`);
    const ranked = page.locator('.ant-table-row', { hasText: TEAM });
    await ranked.getByText('9.00').waitFor();
    await ranked.locator('.ant-btn-primary').click();
    await page.locator('#decision_decisionNo').fill('315/QĐ-UBND');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await ranked.getByText('Được khen thưởng').waitFor();
    await screenshot(page, 'awards-ranking-vi');

    await page.getByRole('button', { name: 'Danh sách khen thưởng' }).click();
    await page.getByTestId('honours-collectives').getByText(TEAM).waitFor();
    await screenshot(page, 'awards-honours-new-vi');
    await page
      .getByTestId('honours-collectives')
      .locator('tr', { hasText: TEAM })
      .getByRole('link', { name: 'Giấy khen' })
      .click();
    const certificate = page.getByTestId('certificate');
    await certificate.getByText('GIẤY KHEN').waitFor();
    expect(await certificate.textContent()).toContain('315/QĐ-UBND');
    await screenshot(page, 'awards-certificate-vi');
    for (const [language, heading] of [
      ['en', 'CERTIFICATE OF MERIT'],
      ['ar', 'شهادة تقدير'],
    ] as [Language, string][]) {
      await switchLanguage(page, language);
      await certificate.getByText(heading).waitFor();
      await screenshot(page, `awards-certificate-${language}`);
    }
    expect(suite.pageErrors).toEqual([]);
  });

  it.each<Language>(['vi', 'en', 'ar'])(
    "shows the rounds and Cửa Nam's honours list of 27 collectives and 12 individuals (%s)",
    async (language) => {
      suite = await openSuite();
      const { page } = suite;
      await signIn(page, 'awards');
      if (language !== 'vi') await switchLanguage(page, language);
      await openDesk(page, 'awards/rounds');
      await page.getByTestId('list-range').waitFor();
      await screenshot(page, `awards-rounds-${language}`);
      await page.locator('.ant-table-row', { hasText: '45 ngày đêm' }).click();
      await page.waitForURL(/awards\/rounds\/\d+$/);
      await page.locator('.ant-descriptions').waitFor();
      await page.locator('.ant-table-row').first().waitFor();
      await screenshot(page, `awards-round-${language}`);
      await page.goto(`${page.url()}/honours`);
      const collectives = page.getByTestId('honours-collectives').locator('tbody tr');
      await collectives.nth(26).waitFor();
      expect(await collectives.count()).toBe(27);
      expect(await page.getByTestId('honours-individuals').locator('tbody tr').count()).toBe(12);
      await screenshot(page, `awards-honours-${language}`);
      expect(suite.pageErrors).toEqual([]);
    },
  );
});
