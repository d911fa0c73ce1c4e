import { openDesk, openSuite, screenshot, signIn, switchLanguage, type Language, type OpenSuite, type Page } from '@dx/e2e-kit';

// Closed dropdowns stay in the page, hidden; only the open one's options can be clicked.
const OPEN_OPTION = '.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option';

async function pickOption(page: Page, selector: string, text: string, option: string | RegExp = text) {
  await page.locator(selector).click();
  await page.locator(selector).fill(text);
  await page.locator(OPEN_OPTION, { hasText: option }).first().click();
}

describe('donations desk', () => {
  let suite: OpenSuite;
  afterEach(async () => {
    await suite?.close();
  });

  it('the desk records a donation, hands items to a team and opens the handover record', async () => {
    suite = await openSuite();
    const { page } = suite;
    await signIn(page, 'donations');
    await openDesk(page, 'donations/stock');
    await page.getByRole('cell', { name: 'Thiết bị mạng' }).waitFor();
    await screenshot(page, 'donations-stock-vi');

    await openDesk(page, 'donations/donations/new');
    await pickOption(page, '#donation_donorId', 'xã hội', /Lĩnh Nam/);
    await pickOption(page, '#donation_unitId', 'HN-LN', 'Phường Lĩnh Nam (HN-LN)');
    await page.locator('#donation_items_0_description').fill('Máy tính xách tay');
    await page.locator('#donation_items_0_quantity').fill('2');
    await screenshot(page, 'donations-record-donation-vi');
    await page.locator('button[type=submit]').click();
    await page.waitForURL(/donations\/stock/);
    await page.getByRole('cell', { name: 'Máy tính' }).waitFor();

    await openDesk(page, 'donations/handovers/new');
    await pickOption(page, '#handover_recipientUnitId', 'HN-LN-TDP20-CNS');
    const computers = page.getByLabel('Số lượng Máy tính');
    await computers.waitFor();
    expect(await computers.getAttribute('aria-valuemax')).toBe('2');
    await computers.fill('1');
    await page.locator('#handover_receivedById').click();
    await page.locator(OPEN_OPTION).first().click();
    await screenshot(page, 'donations-handover-form-vi');
    await page.locator('button[type=submit]').click();

    const record = page.getByTestId('handover-record');
    await record.waitFor();
    await record.getByText('BIÊN BẢN BÀN GIAO TRANG THIẾT BỊ').waitFor();
    expect(await record.textContent()).toContain('Tổ công nghệ số cộng đồng TDP 20');
    await screenshot(page, 'donations-handover-record-vi');
    for (const language of ['en', 'ar'] as Language[]) {
      await switchLanguage(page, language);
      await record.getByText(language === 'en' ? 'RECORD OF EQUIPMENT HANDOVER' : 'محضر تسليم معدات').waitFor();
      await screenshot(page, `donations-handover-record-${language}`);
    }
    expect(suite.pageErrors).toEqual([]);
  });

  it.each<Language>(['vi', 'en', 'ar'])('shows stock, handovers, the team helper and reports (%s)', async (language) => {
    suite = await openSuite();
    const { page } = suite;
    await signIn(page, 'donations');
    if (language !== 'vi') await switchLanguage(page, language);
    await openDesk(page, 'donations/handovers');
    await page.getByTestId('list-range').waitFor();
    await screenshot(page, `donations-handovers-${language}`);
    await openDesk(page, 'donations/distribute');
    await pickOption(page, '.ant-card .ant-select input', 'HN-LN', /\(HN-LN\)/);
    await page.locator('.ant-table-row').nth(3).waitFor();
    await screenshot(page, `donations-distribute-${language}`);
    await openDesk(page, 'donations/reports');
    await page.locator('.ant-card').nth(2).waitFor();
    await screenshot(page, `donations-reports-${language}`);
  });
});
