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
import vi from '../../../packages/i18n/src/locales/vi/campaigns.json';
import en from '../../../packages/i18n/src/locales/en/campaigns.json';
import ar from '../../../packages/i18n/src/locales/ar/campaigns.json';
import viErrors from '../../../packages/i18n/src/locales/vi/errors.json';

const STRINGS: Record<Language, typeof vi> = { vi, en, ar };
const VOLUNTEER = 'Ngô Quang Vinh';

/** Types a day into a DayPicker (DD/MM/YYYY in Vietnamese) and confirms it. */
async function typeDay(page: Page, id: string, day: string) {
  const input = page.locator(`#${id}`);
  await input.click();
  await input.fill(day);
  await input.press('Enter');
}

/** Opens a directory picker, types, and clicks the first option that contains `option`. */
async function pick(page: Page, id: string, search: string, option: string) {
  await page.locator(`#${id}`).click();
  await page.locator(`#${id}`).fill(search);
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
      hasText: option,
    })
    .first()
    .click();
}

const save = (page: Page) => page.locator('.ant-modal-footer .ant-btn-primary').click();
const modalClosed = (page: Page) => page.locator('.ant-modal').waitFor({ state: 'hidden' });

describe('campaigns desk: setting a campaign up', () => {
  let suite: OpenSuite;
  afterEach(async () => {
    await suite?.close();
  });

  it('the secretariat creates a campaign with a metric, adds a support point and a volunteer, only by clicking (vi, en, ar)', async () => {
    suite = await openSuite();
    const { page } = suite;
    page.setDefaultTimeout(20_000);
    try {
      await setUp(page);
    } catch (error) {
      await screenshot(page, 'campaigns-setup-failure');
      throw error;
    }
    expect(suite.pageErrors).toEqual([]);
  }, 240_000);
});

async function setUp(page: Page) {
  const s = STRINGS.vi;
  const title = `Tập huấn kỹ năng số cho người cao tuổi (${Date.now().toString(36)})`;
  const pointName = `Điểm hỗ trợ Nhà văn hóa TDP 4 (${Date.now().toString(36)})`;
  await signIn(page, 'secretariat');
  await deskNavLink(page, 'campaigns').click();
  await page.getByTestId('campaign-list').waitFor();
  await page.getByRole('button', { name: s.create.new }).click();

  await page.locator('#campaign_title').fill(title);
  await pick(page, 'campaign_unitId', 'HN-CN', '(HN-CN)');
  await typeDay(page, 'campaign_startsOn', '01/12/2026');
  await typeDay(page, 'campaign_endsOn', '20/11/2026');
  await page.locator('#campaign_metrics_0_code').fill('ELDERLY_HELPED');
  await page.locator('#campaign_metrics_0_name').fill('Người cao tuổi được hướng dẫn cài VNeID');
  await page.locator('#campaign_metrics_0_unitOfMeasure').fill('người');
  await page.locator('#campaign_metrics_0_target').fill('-5');
  await save(page);
  // The rules are said beside their fields; nothing is corrected silently.
  await page.locator('#campaign_endsOn_help').getByText(viErrors.campaignEndsBeforeStart).waitFor();
  await page.locator('#campaign_metrics_0_target_help').getByText(s.create.notNegative).waitFor();
  expect(await page.locator('#campaign_metrics_0_target').inputValue()).toBe('-5');
  await screenshot(page, 'campaigns-create-refused-vi');
  await typeDay(page, 'campaign_endsOn', '31/12/2026');
  await page.locator('#campaign_metrics_0_target').fill('200');
  await save(page);
  await modalClosed(page);

  // Saved: the new campaign's page opens.
  await page.getByTestId('campaign-page').getByRole('heading', { name: title }).waitFor();
  await page.getByTestId('metric-card-ELDERLY_HELPED').waitFor();

  await page.getByRole('button', { name: s.create.addPoint }).click();
  await page.locator('#point_name').fill(pointName);
  await page.locator('#point_address').fill('Nhà văn hóa tổ dân phố số 4, phố Hàng Bông');
  await page.locator('#point_partner').fill('Ủy ban MTTQ Việt Nam phường Cửa Nam');
  await page.locator('#point_openingHours').fill('8:00–11:00 Chủ nhật');
  await save(page);
  await modalClosed(page);
  await page.getByTestId('campaign-points').getByText(pointName).waitFor();

  const addVolunteer = async () => {
    await page.getByRole('button', { name: s.create.addVolunteer }).click();
    await pick(page, 'volunteer_personId', VOLUNTEER, VOLUNTEER);
    await page.locator('#volunteer_role').fill('Hướng dẫn người cao tuổi cài VNeID');
    await page.locator('#volunteer_pointId').click();
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
        hasText: pointName,
      })
      .click();
    await save(page);
  };
  await addVolunteer();
  await modalClosed(page);
  await page.getByTestId('campaign-volunteers').getByText(VOLUNTEER).waitFor();
  await expect(page.getByTestId('campaign-volunteers').innerText()).resolves.toContain(pointName);

  // The same person twice: the server refuses it and the form says why.
  await addVolunteer();
  await page
    .locator('.ant-modal .ant-alert')
    .getByText(viErrors.volunteerAlreadyExists.replace('{{name}}', VOLUNTEER))
    .waitFor();
  await screenshot(page, 'campaigns-volunteer-twice-vi');
  await page.locator('.ant-modal-footer button').first().click();
  await page.locator('.ant-modal-confirm .ant-btn-dangerous').click();
  await modalClosed(page);

  // The forms in English and Arabic.
  for (const language of ['en', 'ar'] as Language[]) {
    await switchLanguage(page, language);
    await page.getByRole('button', { name: STRINGS[language].create.addPoint }).click();
    await page.locator('.ant-modal-title', { hasText: STRINGS[language].create.pointTitle }).waitFor();
    await screenshot(page, `campaigns-point-form-${language}`);
    await page.keyboard.press('Escape');
    await modalClosed(page);
  }
  await page.getByRole('link', { name: STRINGS.ar.tabs.list }).first().click();
  await page.getByRole('button', { name: STRINGS.ar.create.new }).click();
  await page.locator('#campaign_title').waitFor();
  await screenshot(page, 'campaigns-create-form-ar');
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'campaigns-create-form-390-ar');
}
