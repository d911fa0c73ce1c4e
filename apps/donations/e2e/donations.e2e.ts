import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  expectAccessible,
  screenshot as kitScreenshot,
  settledPhoneWidth,
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
const LANGUAGES: Language[] = ['vi', 'en', 'ar'];

/** Ten serials of a kind, own to the walk's language: the three walks share one suite and a serial is in one place. */
const serials = (kind: 'MT' | 'MI', language: Language) =>
  Array.from(
    { length: 10 },
    (_, i) => `LNE-${kind}-${language.toUpperCase()}-${String(i + 1).padStart(3, '0')}`,
  );

type Catalogue = Record<string, unknown>;
const LOCALES = join(__dirname, '..', '..', '..', 'packages', 'i18n', 'src', 'locales');
const catalogue = (language: Language, ns: string): Catalogue =>
  JSON.parse(readFileSync(join(LOCALES, language, `${ns}.json`), 'utf8')) as Catalogue;

/** The desk's own words in a language (`donations` namespace, `common:` for the shared one), read from its catalogue. */
function wordsOf(language: Language) {
  const namespaces = { donations: catalogue(language, 'donations'), common: catalogue(language, 'common') };
  return (key: string, vars: Record<string, string> = {}): string => {
    const [ns, path] = key.includes(':') ? key.split(':') : ['donations', key];
    const value = path
      .split('.')
      .reduce<unknown>(
        (node, part) => (node as Catalogue | undefined)?.[part],
        namespaces[ns as 'donations'],
      );
    if (typeof value !== 'string') throw new Error(`no ${language} text for ${key}`);
    return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => vars[name] ?? `{{${name}}}`);
  };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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

/** Pages wider than the phone, gathered like the axe findings. */
const narrowProblems: string[] = [];

/** The screen at 390 px once the layout has settled (antd folds the side menu a few renders after the resize). */
async function phone(page: Page, name: string) {
  const wide = await settledPhoneWidth(page);
  await shot(page, `${name}-390`);
  if (wide > 390) narrowProblems.push(`${name} is ${wide} px wide at 390`);
  await page.setViewportSize({ width: 1366, height: 768 });
}

const tab = (page: Page, name: string) => page.getByRole('link', { name, exact: true }).first().click();

describe('donations desk', () => {
  let suite: OpenSuite | undefined;
  afterEach(async () => {
    // What the page showed when a step failed (a passing run ends on the record opened from the list).
    await suite?.page.screenshot({ path: `${SHOTS}/last.png`, fullPage: true }).catch(() => undefined);
    await suite?.close();
    suite = undefined;
  });

  it.each(LANGUAGES)(
    'Linh Nam gift by clicking in %s: city store → ward store → a team by serial, acceptance, record, serial history',
    async (language) => {
      const t = wordsOf(language);
      axeProblems.length = 0;
      narrowProblems.length = 0;
      const PCS = serials('MT', language);
      const PRINTERS = serials('MI', language);
      const computer = t('categories.COMPUTER');
      const printer = t('categories.PRINTER');
      const desks = t('categories.FURNITURE_SET');
      suite = await openSuite();
      const { page } = suite;
      await signIn(page, 'donations');
      if (language !== 'vi') await switchLanguage(page, language);
      await page.getByTestId('desk-card-donations').click();
      await page
        .getByRole('cell', { name: t('categories.NETWORK_EQUIPMENT') })
        .first()
        .waitFor();

      // 1. The gift, received into the city's store, with serials.
      await page
        .getByRole('link', { name: t('actions.recordDonation'), exact: true })
        .first()
        .click();
      await pick(page, '#donation_donorId', 'xã hội', /Lĩnh Nam/);
      await pick(page, '#donation_unitId', 'Thành phố Hà Nội', '(HN)');
      await page.locator('#donation_items_0_description').fill('Máy tính để bàn Dell OptiPlex 3000');
      await page.locator('#donation_items_0_quantity').fill('10');
      await page.locator('#donation_items_0_serialNumbers').fill(`${PCS.join(',')},`);
      await page.locator('#donation_items_0_estimatedValueVnd').fill('150000000');
      await page.getByRole('button', { name: t('donations.addLine') }).click();
      // A new line is a printer (the form's default); the transfer's "Quantity Printer" row shows it was.
      await page.locator('#donation_items_1_description').fill('Máy in laser Canon LBP 2900');
      await page.locator('#donation_items_1_quantity').fill('10');
      await page.locator('#donation_items_1_serialNumbers').fill(`${PRINTERS.join(',')},`);
      await page.locator('#donation_items_1_estimatedValueVnd').fill('45000000');
      await page.getByRole('button', { name: t('donations.addLine') }).click();
      await page.locator('#donation_items_2_category').click();
      await page.locator(OPEN_OPTION, { hasText: desks }).first().click();
      await closed(page);
      await page.locator('#donation_items_2_description').fill('Bộ bàn ghế làm việc');
      await page.locator('#donation_items_2_quantity').fill('10');
      await page.locator('#donation_items_2_estimatedValueVnd').fill('30000000');
      await shot(page, `donations-record-gift-${language}`);
      await accessible(page, `the record-donation form (${language})`);
      await page.locator('form#donation button[type=submit]').click();
      await page.waitForURL(/donations\/stock/);

      // 2. Transfer it from the city store to the ward store (PX record), picking the serials.
      await page
        .getByRole('link', { name: t('actions.transfer'), exact: true })
        .first()
        .click();
      await pick(page, '#transfer_fromUnitId', 'Thành phố Hà Nội', /Thành phố Hà Nội —/);
      await pick(page, '#transfer_toUnitId', 'HN-LN', 'Phường Lĩnh Nam (HN-LN)');
      await page.getByLabel(`${t('handover.quantity')} ${computer}`).fill('10');
      await pickSerials(page, `${t('stores.serials')} ${computer}`, PCS);
      await page.getByLabel(`${t('handover.quantity')} ${printer}`).fill('10');
      await pickSerials(page, `${t('stores.serials')} ${printer}`, PRINTERS);
      await page.getByLabel(`${t('handover.quantity')} ${desks}`).fill('10');
      await shot(page, `donations-transfer-${language}`);
      await accessible(page, `the transfer form (${language})`);
      await page.locator('form#transfer button[type=submit]').click();
      await page.waitForURL(/donations\/movements$/);
      await page
        .getByRole('cell', { name: /PX-\d{4}-\d{4}/ })
        .first()
        .waitFor();
      await shot(page, `donations-movements-${language}`);
      await accessible(page, `the movements list (${language})`);

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
      await page.getByLabel(`${t('handover.quantity')} ${computer}`).fill('1');
      await pickSerials(page, `${t('stores.serials')} ${computer}`, [PCS[0]]);
      await page.getByLabel(`${t('handover.quantity')} ${printer}`).fill('1');
      await pickSerials(page, `${t('stores.serials')} ${printer}`, [PRINTERS[0]]);
      await page.getByLabel(`${t('handover.quantity')} ${desks}`).fill('1');
      await shot(page, `donations-handover-form-${language}`);
      await accessible(page, `the handover form (${language})`);
      await page.locator('form#handover button[type=submit]').click();

      // 4. The record: issuer as written, place-and-date line, serials; then the team leader's acceptance.
      const record = page.getByTestId('handover-record');
      await record.waitFor();
      expect(await record.getByTestId('record-issuer').textContent()).toBe('UBND PHƯỜNG LĨNH NAM');
      const placeDate = t('record.placeDate', { place: 'Lĩnh Nam', day: 'DD', month: 'MM', year: 'YYYY' });
      expect(await record.getByTestId('record-place-date').textContent()).toMatch(
        new RegExp(
          `^${escapeRegExp(placeDate).replace('DD', '\\d{2}').replace('MM', '\\d{2}').replace('YYYY', '\\d{4}')}$`,
        ),
      );
      // One computer's estimated value (150,000,000 / 10) as the page writes numbers in this language.
      const value = await page.evaluate((l) => new Intl.NumberFormat(l).format(15_000_000), language);
      const text = (await record.textContent()) ?? '';
      for (const expected of [
        PCS[0],
        PRINTERS[0],
        'Máy tính để bàn Dell OptiPlex 3000',
        value,
        t('record.closing'),
        t('record.motto'),
        t('record.title'),
      ])
        expect(text).toContain(expected);
      await page.locator('#acceptance_scanUrl').fill('https://vanban.linhnam.example.vn/bb-ky.pdf');
      await page.locator('form#acceptance button[type=submit]').click();
      await record.getByTestId('record-acceptance').waitFor();
      // Its name is the printer icon's and the word ("printer Print").
      await page
        .getByRole('button', { name: new RegExp(`${escapeRegExp(t('common:actions.print'))}$`) })
        .first()
        .click();
      await shot(page, `donations-handover-record-${language}`);
      await accessible(page, `the handover record with its acceptance (${language})`);
      await phone(page, `donations-handover-record-${language}`);

      // 5. The serial's history shows where it has been.
      await tab(page, t('tabs.equipment'));
      await page.locator('#serial-search').fill(PCS[0]);
      await page.locator('#serial-search').press('Enter');
      const history = page.getByTestId('serial-history');
      await history.getByText('Tổ công nghệ số cộng đồng TDP 20').first().waitFor();
      for (const step of ['RECEIVED', 'TRANSFERRED', 'HANDED_OVER'])
        await history
          .getByText(t(`equipment.events.${step}`), { exact: true })
          .first()
          .waitFor();
      await shot(page, `donations-serial-history-${language}`);
      await accessible(page, `the serial history (${language})`);
      await phone(page, `donations-serial-history-${language}`);

      // 6. The record again, opened from the list of handovers.
      await page.locator('a[href$="/donations/handovers"]').first().click();
      await page
        .getByRole('link', { name: /BB-\d{4}-\d{4}/ })
        .first()
        .click();
      await record.getByText(t('record.title')).waitFor();
      expect(suite.pageErrors).toEqual([]);
      expect(axeProblems.splice(0)).toEqual([]);
      expect(narrowProblems.splice(0)).toEqual([]);
    },
    300_000,
  );
});
