import {
  openSuite,
  screenshot,
  signIn,
  switchLanguage,
  type Language,
  type OpenSuite,
  type Page,
} from '@dx/e2e-kit';
import vi from '../../../packages/i18n/src/locales/vi/campaigns.json';
import en from '../../../packages/i18n/src/locales/en/campaigns.json';
import ar from '../../../packages/i18n/src/locales/ar/campaigns.json';

const STRINGS: Record<Language, typeof vi> = { vi, en, ar };
const RUNNING = 'Đợt cao điểm "Bình dân học vụ số" cuối năm 2026';
const ENTERED = { CITIZENS_HELPED: 25, DIGITAL_LITERACY: 31, VNEID_L2: 9 };

/** Records what the print button sends to the printer (the hidden frame it prints). */
async function watchPrinting(page: Page): Promise<void> {
  await page.evaluate(() => {
    const printed: string[] = [];
    (window as unknown as { __printed: string[] }).__printed = printed;
    new MutationObserver((changes) => {
      for (const change of changes)
        for (const node of change.addedNodes)
          if (node instanceof HTMLIFrameElement)
            setTimeout(() => printed.push(node.contentDocument?.body.innerText ?? ''), 100);
    }).observe(document.body, { childList: true });
  });
}

async function metricTotal(page: Page, code: string): Promise<number> {
  const text = await page.getByTestId(`metric-${code}-total`).first().innerText();
  return Number(text.replace(/[^\d]/g, ''));
}

describe('campaigns desk and the command dashboard', () => {
  let suite: OpenSuite;
  afterEach(async () => {
    await suite?.close();
  });

  it("a team enters today's figures on a phone; the secretariat's home shows them; the closing report prints in vi, en and ar", async () => {
    // The secretariat's home before: the running campaign's progress.
    suite = await openSuite();
    let page = suite.page;
    await signIn(page, 'secretariat');
    const card = page.getByTestId('dashboard').locator('[data-testid^="campaign-"]', { hasText: RUNNING });
    await card.waitFor();
    const before = await metricTotal(page, 'CITIZENS_HELPED');
    expect(before).toBeGreaterThan(0);
    await expect(card.getByTestId('not-reported').innerText()).resolves.toContain('TDP 27');
    await screenshot(page, 'campaigns-home-before-vi');
    await suite.close();

    // A team lead on a 390 px phone: from the home page to quick entry, by clicking.
    suite = await openSuite({ viewport: { width: 390, height: 844 } });
    page = suite.page;
    await signIn(page, 'team27');
    await page
      .getByRole('link', { name: new RegExp(RUNNING.slice(0, 20)) })
      .first()
      .click();
    await page.getByTestId('campaign-page').waitFor();
    await page.getByTestId('open-quick-entry').click();
    await page.getByTestId('quick-entry').waitFor();
    await page.getByTestId('yesterday-CITIZENS_HELPED').waitFor();
    for (const [code, value] of Object.entries(ENTERED))
      await page.getByTestId(`entry-${code}`).fill(String(value));
    await screenshot(page, 'campaigns-quick-entry-390-vi');
    await page.getByTestId('send-entry').click();
    await page.getByTestId('entry-result').getByText(STRINGS.vi.entry.sent).waitFor();
    await screenshot(page, 'campaigns-quick-entry-sent-390-vi');
    expect(suite.pageErrors).toEqual([]);
    await suite.close();

    // The secretariat's home now counts them; the campaign page leads to the closing report, which prints.
    suite = await openSuite();
    page = suite.page;
    await signIn(page, 'secretariat');
    await page.getByTestId('dashboard').locator('[data-testid^="campaign-"]', { hasText: RUNNING }).waitFor();
    await page.waitForFunction(
      ([expected]) =>
        Number(
          document
            .querySelector('[data-testid="metric-CITIZENS_HELPED-total"]')
            ?.textContent?.replace(/[^\d]/g, ''),
        ) === expected,
      [before + ENTERED.CITIZENS_HELPED],
    );
    await expect(page.getByTestId('not-reported').first().innerText()).resolves.not.toContain('TDP 27');
    await page.getByTestId('show-charts').first().click();
    await page.getByTestId('chart-CITIZENS_HELPED').waitFor();
    await screenshot(page, 'campaigns-home-after-vi');
    await page
      .getByRole('link', { name: new RegExp(RUNNING.slice(0, 20)) })
      .first()
      .click();
    await page.getByTestId('campaign-page').waitFor();
    await page.getByTestId('open-report').click();
    const report = page.getByTestId('campaign-report');
    await report.waitFor();
    await report.getByText('UBND PHƯỜNG LĨNH NAM').waitFor();
    await report.getByText('Độc lập - Tự do - Hạnh phúc').waitFor();
    await watchPrinting(page);
    await page
      .getByRole('button', { name: /In|Print/ })
      .first()
      .click();
    await page.waitForFunction(() => (window as unknown as { __printed: string[] }).__printed.length > 0);
    const printed = await page.evaluate(() => (window as unknown as { __printed: string[] }).__printed[0]);
    expect(printed).toContain(STRINGS.vi.report.title);
    expect(printed).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    await screenshot(page, 'campaigns-report-vi');
    for (const language of ['en', 'ar'] as Language[]) {
      await switchLanguage(page, language);
      await report.getByText(STRINGS[language].report.results).waitFor();
      await screenshot(page, `campaigns-report-${language}`);
    }
    await page.getByRole('link', { name: STRINGS.ar.tabs.list }).first().click();
    await page.getByTestId('campaign-list').waitFor();
    await screenshot(page, 'campaigns-list-ar');
    expect(suite.pageErrors).toEqual([]);
  }, 300_000);
});
