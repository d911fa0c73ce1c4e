import { copyFileSync, mkdirSync } from 'node:fs';
import {
  expectAccessible,
  screenshot as kitScreenshot,
  signIn,
  switchLanguage,
  type Language,
  type OpenSuite,
  type Page,
  openSuite,
} from '@dx/e2e-kit';

// Closed dropdowns stay in the page, hidden; only the open one's options can be clicked.
const OPEN_OPTION = '.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option';
const SHOTS = '/tmp/donations-shots';
const PCS = Array.from({ length: 10 }, (_, i) => `LNE-MT-${String(i + 1).padStart(3, '0')}`);
const PRINTERS = Array.from({ length: 10 }, (_, i) => `LNE-MI-${String(i + 1).padStart(3, '0')}`);

async function shot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  copyFileSync(await kitScreenshot(page, name), `${SHOTS}/${name}.png`);
}

async function pick(page: Page, selector: string, text: string, option: string | RegExp = text) {
  await page.locator(selector).click();
  await page.locator(selector).fill(text);
  // The server answers the typed text after a debounce: a click that lands while the list is being
  // replaced (its "loading" row) selects nothing and leaves it open, so click the option again.
  for (let attempt = 1; ; attempt++) {
    await page.locator(OPEN_OPTION, { hasText: option }).first().click();
    try {
      await page
        .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
        .waitFor({ state: 'hidden', timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

const closed = (page: Page) =>
  page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').waitFor({ state: 'hidden' });

/** Picks serials in a multiple select one by one (its list is virtual: type, then click). */
async function pickSerials(page: Page, label: string, serials: string[]) {
  const input = page.getByLabel(label, { exact: true });
  for (const serial of serials) {
    await input.click();
    await input.fill(serial);
    await page
      .locator(OPEN_OPTION, { hasText: `${serial} ·` })
      .first()
      .click();
  }
  await page.keyboard.press('Escape');
  await closed(page);
}

/** Serious or critical axe findings, gathered so that the journey goes on and reports them all at the end. */
const axeProblems: string[] = [];
async function accessible(page: Page, screen: string) {
  await expectAccessible(page, screen).catch((e: Error) => axeProblems.push(e.message));
}

const tab = (page: Page, name: string) => page.getByRole('link', { name, exact: true }).first().click();

describe('donations desk', () => {
  let suite: OpenSuite;
  afterEach(async () => {
    // What the page showed when a step failed (a passing run ends on the record in Arabic).
    await suite?.page.screenshot({ path: `${SHOTS}/last.png`, fullPage: true }).catch(() => undefined);
    await suite?.close();
  });

  it('Linh Nam gift by clicking: city store → ward store → a team by serial, acceptance, record, serial history (vi, en, ar)', async () => {
    suite = await openSuite();
    const { page } = suite;
    await signIn(page, 'donations');
    await page.getByTestId('desk-card-donations').click();
    await page.getByRole('cell', { name: 'Thiết bị mạng' }).first().waitFor();

    // 1. The gift, received into the city's store, with serials.
    await page.getByRole('link', { name: 'Ghi nhận tài trợ' }).first().click();
    await pick(page, '#donation_donorId', 'xã hội', /Lĩnh Nam/);
    await pick(page, '#donation_unitId', 'Thành phố Hà Nội', '(HN)');
    await page.locator('#donation_items_0_description').fill('Máy tính để bàn Dell OptiPlex 3000');
    await page.locator('#donation_items_0_quantity').fill('10');
    await page.locator('#donation_items_0_serialNumbers').fill(`${PCS.join(',')},`);
    await page.locator('#donation_items_0_estimatedValueVnd').fill('150000000');
    await page.getByRole('button', { name: 'Thêm dòng' }).click();
    await page.locator('#donation_items_1_description').fill('Máy in laser Canon LBP 2900');
    await page.locator('#donation_items_1_quantity').fill('10');
    await page.locator('#donation_items_1_serialNumbers').fill(`${PRINTERS.join(',')},`);
    await page.locator('#donation_items_1_estimatedValueVnd').fill('45000000');
    await page.getByRole('button', { name: 'Thêm dòng' }).click();
    await page.locator('#donation_items_2_category').click();
    await page.locator(OPEN_OPTION, { hasText: 'Bộ bàn ghế' }).first().click();
    await closed(page);
    await page.locator('#donation_items_2_description').fill('Bộ bàn ghế làm việc');
    await page.locator('#donation_items_2_quantity').fill('10');
    await page.locator('#donation_items_2_estimatedValueVnd').fill('30000000');
    await shot(page, 'donations-record-gift-vi');
    await accessible(page, 'the record-donation form (vi)');
    await page.locator('form#donation button[type=submit]').click();
    await page.waitForURL(/donations\/stock/);

    // 2. Transfer it from the city store to the ward store (PX record), picking the serials.
    await page.getByRole('link', { name: 'Chuyển kho' }).first().click();
    await pick(page, '#transfer_fromUnitId', 'Thành phố Hà Nội', /Thành phố Hà Nội —/);
    await pick(page, '#transfer_toUnitId', 'HN-LN', 'Phường Lĩnh Nam (HN-LN)');
    await page.getByLabel('Số lượng Máy tính').fill('10');
    await pickSerials(page, 'Số sê-ri Máy tính', PCS);
    await page.getByLabel('Số lượng Máy in').fill('10');
    await pickSerials(page, 'Số sê-ri Máy in', PRINTERS);
    await page.getByLabel('Số lượng Bộ bàn ghế').fill('10');
    await shot(page, 'donations-transfer-vi');
    await accessible(page, 'the transfer form (vi)');
    await page.locator('form#transfer button[type=submit]').click();
    await page.waitForURL(/donations\/movements$/);
    await page
      .getByRole('cell', { name: /PX-\d{4}-\d{4}/ })
      .first()
      .waitFor();
    await shot(page, 'donations-movements-vi');
    await accessible(page, 'the movements list (vi)');

    // 3. Hand one computer, one printer and one desk set to a community team, from the ward store.
    await page.locator('a[href$="/donations/handovers/new"]').first().click();
    await page.locator('form#handover').waitFor();
    await pick(page, '#handover_fromUnitId', 'Lĩnh Nam', /Phường Lĩnh Nam —/);
    await pick(page, '#handover_recipientUnitId', 'HN-LN-TDP20-CNS');
    await page.locator('#handover_receivedById').click();
    await page.locator(OPEN_OPTION).first().click();
    await closed(page);
    await page.locator('#handover_witnessId').click();
    await page.locator(OPEN_OPTION).filter({ hasNotText: 'TDP 20' }).first().click();
    await closed(page);
    await page.getByLabel('Số lượng Máy tính').fill('1');
    await pickSerials(page, 'Số sê-ri Máy tính', ['LNE-MT-001']);
    await page.getByLabel('Số lượng Máy in').fill('1');
    await pickSerials(page, 'Số sê-ri Máy in', ['LNE-MI-001']);
    await page.getByLabel('Số lượng Bộ bàn ghế').fill('1');
    await shot(page, 'donations-handover-form-vi');
    await accessible(page, 'the handover form (vi)');
    await page.locator('form#handover button[type=submit]').click();

    // 4. The record: issuer as written, place-and-date line, serials; then the team leader's acceptance.
    const record = page.getByTestId('handover-record');
    await record.waitFor();
    expect(await record.getByTestId('record-issuer').textContent()).toBe('UBND PHƯỜNG LĨNH NAM');
    expect(await record.getByTestId('record-place-date').textContent()).toMatch(
      /^Lĩnh Nam, ngày \d{2} tháng \d{2} năm \d{4}$/,
    );
    const text = (await record.textContent()) ?? '';
    for (const expected of [
      'LNE-MT-001',
      'LNE-MI-001',
      'Máy tính để bàn Dell OptiPlex 3000',
      '15.000.000',
      'lập thành 02 bản',
      'Độc lập – Tự do – Hạnh phúc',
    ])
      expect(text).toContain(expected);
    await page.locator('#acceptance_scanUrl').fill('https://vanban.linhnam.example.vn/bb-ky.pdf');
    await page.locator('form#acceptance button[type=submit]').click();
    await record.getByTestId('record-acceptance').waitFor();
    await page
      .getByRole('button', { name: /In( bản)?$/ })
      .first()
      .click();
    await shot(page, 'donations-handover-record-vi');
    await accessible(page, 'the handover record with its acceptance (vi)');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'donations-handover-record-vi-390');
    await page.setViewportSize({ width: 1366, height: 768 });

    // 5. The serial's history shows where it has been, in each language.
    await tab(page, 'Thiết bị theo sê-ri');
    await page.locator('#serial-search').fill('LNE-MT-001');
    await page.locator('#serial-search').press('Enter');
    const history = page.getByTestId('serial-history');
    await history.getByText('Tổ công nghệ số cộng đồng TDP 20').first().waitFor();
    for (const step of ['Tiếp nhận', 'Chuyển kho', 'Bàn giao'])
      await history.getByText(step, { exact: true }).first().waitFor();
    await shot(page, 'donations-serial-history-vi');
    await accessible(page, 'the serial history (vi)');
    const words: Record<Exclude<Language, 'vi'>, string[]> = {
      en: ['Received', 'Transferred', 'Handed over'],
      ar: ['استلام', 'نقل', 'تسليم'],
    };
    for (const language of ['en', 'ar'] as const) {
      await switchLanguage(page, language);
      for (const step of words[language]) await history.getByText(step, { exact: true }).first().waitFor();
      await shot(page, `donations-serial-history-${language}`);
      await accessible(page, `the serial history (${language})`);
      await page.setViewportSize({ width: 390, height: 844 });
      await shot(page, `donations-serial-history-${language}-390`);
      await page.setViewportSize({ width: 1366, height: 768 });
    }
    await switchLanguage(page, 'vi');

    // 6. The record again, opened from the list, in English and Arabic.
    await page.locator('a[href$="/donations/handovers"]').first().click();
    await page
      .getByRole('link', { name: /BB-\d{4}-\d{4}/ })
      .first()
      .click();
    await record.waitFor();
    for (const language of ['en', 'ar'] as const) {
      await switchLanguage(page, language);
      await record
        .getByText(language === 'en' ? 'RECORD OF EQUIPMENT HANDOVER' : 'محضر تسليم معدات')
        .waitFor();
      await shot(page, `donations-handover-record-${language}`);
      await accessible(page, `the handover record (${language})`);
    }
    expect(suite.pageErrors).toEqual([]);
    expect(axeProblems).toEqual([]);
  }, 300_000);
});
