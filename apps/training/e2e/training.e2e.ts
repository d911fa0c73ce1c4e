import {
  openDesk,
  openSuite,
  screenshot,
  signIn,
  switchLanguage,
  type Language,
  type OpenSuite,
} from '@dx/e2e-kit';
import vi from '../../../packages/i18n/src/locales/vi/training.json';
import en from '../../../packages/i18n/src/locales/en/training.json';
import ar from '../../../packages/i18n/src/locales/ar/training.json';

const STRINGS: Record<Language, typeof vi> = { vi, en, ar };
// The demo's mobile digital-literacy point in Lĩnh Nam: scheduled, nobody enrolled yet.
const SESSION_PLACE = 'Nhà văn hóa tổ dân phố số 22';

describe('training desk', () => {
  let suite: OpenSuite;
  afterEach(async () => {
    await suite?.close();
  });

  it('the coordinator enrols a unit, marks attendance, completes one person and opens the certificate', async () => {
    suite = await openSuite();
    const { page } = suite;
    const s = STRINGS.vi;
    await signIn(page, 'trainer');
    await openDesk(page, 'training/sessions');
    await page.getByRole('cell', { name: SESSION_PLACE }).first().click();
    await page.waitForURL(/\/training\/sessions\/\d+/);
    await page.getByTestId('seats-left').waitFor();
    await screenshot(page, 'training-session-empty-vi');

    await page.locator('#enrol-unit').click();
    await page.locator('#enrol-unit').fill('HN-LN-TDP22-CNS');
    await page.locator('.ant-select-item-option', { hasText: 'HN-LN-TDP22-CNS' }).first().click();
    await page.getByRole('button', { name: s.enrol.unit }).click();
    await page.locator('.ant-modal-confirm-title', { hasText: s.enrol.unitDone }).waitFor();
    await screenshot(page, 'training-unit-enrolled-vi');
    await page.locator('.ant-modal-confirm .ant-btn-primary').click();

    const rows = page.locator('tbody tr.ant-table-row');
    await rows.filter({ hasText: s.status.ENROLLED }).first().waitFor();
    expect(await rows.count()).toBe(5);
    const first = rows.first();
    const name = (await first.locator('td').first().innerText()).trim();
    await first.getByRole('button', { name: s.attendance.present }).click();
    await first.locator('.ant-tag', { hasText: s.status.ATTENDED }).waitFor();
    await rows.nth(1).getByRole('button', { name: s.attendance.absent }).click();
    await rows.nth(1).locator('.ant-tag', { hasText: s.status.NO_SHOW }).waitFor();
    await first.getByRole('button', { name: s.attendance.complete }).click();
    await first.locator('.ant-tag', { hasText: s.status.COMPLETED }).waitFor();
    await screenshot(page, 'training-attendance-vi');

    await first.getByRole('link', { name: s.certificate.openFor.replace('{{name}}', name) }).click();
    const certificate = page.getByTestId('certificate');
    await certificate.waitFor();
    await certificate.getByText(name).waitFor();
    expect(await certificate.innerText()).toMatch(/-\d{4}-[0-9A-Z]{5}-[0-9A-Z]{6}/);
    await screenshot(page, 'training-certificate-vi');
    const certificateUrl = page.url();

    for (const language of ['en', 'ar'] as Language[]) {
      await switchLanguage(page, language);
      await page.goto(certificateUrl);
      await page.getByTestId('certificate').getByText(STRINGS[language].certificate.heading).waitFor();
      await screenshot(page, `training-certificate-${language}`);
    }
  });

  it.each<Language>(['vi', 'en', 'ar'])(
    'shows sessions, the catalogue and progress against targets (%s)',
    async (language) => {
      suite = await openSuite();
      const { page } = suite;
      await signIn(page, 'trainer');
      if (language !== 'vi') await switchLanguage(page, language);
      const s = STRINGS[language];
      await openDesk(page, 'training/sessions');
      await page.getByRole('cell', { name: SESSION_PLACE }).first().waitFor();
      await screenshot(page, `training-sessions-${language}`);
      await openDesk(page, 'training/courses');
      await page.getByText('CN-AI-2026').first().waitFor();
      await screenshot(page, `training-courses-${language}`);
      await openDesk(page, 'training/progress');
      await page.getByText(s.targets.notMet).first().waitFor();
      await screenshot(page, `training-progress-${language}`);
    },
  );
});
