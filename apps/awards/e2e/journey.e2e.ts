import { copyFileSync, mkdirSync } from 'node:fs';
import {
  expectAccessible,
  openSuite,
  screenshot as kitScreenshot,
  signIn,
  switchLanguage,
  type OpenSuite,
  type Page,
} from '@dx/e2e-kit';

// Closed dropdowns stay in the page, hidden; only the open one's options can be clicked.
const OPEN_OPTION = '.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option';
const SHOTS = '/tmp/awards-shots';
const TEAM = 'Tổ công nghệ số cộng đồng TDP 5, phường Cửa Nam';
const PERSON = 'Ngô Quang Vinh';
const ROUND = `Khen thưởng chuyển đổi số cuối năm (${Date.now() % 100000})`;
const DECISION_NO = '268/QĐ-UBND';
// The approve button's text (its accessible name also carries the icon's label, "check").
const APPROVE = /^Khen thưởng$/;

/** Today in Vietnam as YYYY-MM-DD and as the pickers write it (DD/MM/YYYY). */
function vietnamDay(offsetDays = 0) {
  const iso = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );
  const [y, m, d] = iso.split('-');
  return { iso, typed: `${d}/${m}/${y}`, d, m, y };
}

async function shot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  copyFileSync(await kitScreenshot(page, name), `${SHOTS}/${name}.png`);
}

const closed = (page: Page) =>
  page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').waitFor({ state: 'hidden' });

async function pick(page: Page, selector: string, text: string, option: string | RegExp = text) {
  await page.locator(selector).click();
  await page.locator(selector).fill(text);
  await page.locator(OPEN_OPTION, { hasText: option }).first().click();
  await closed(page);
}

const modal = (page: Page) => page.locator('.ant-modal:visible');
async function saveModal(page: Page) {
  await modal(page).locator('.ant-btn-primary').click();
  await modal(page).waitFor({ state: 'hidden' });
}
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A link by its name, or by its visible text (a link around an icon button is also named by the icon). */
const link = (page: Page, name: string) =>
  page
    .getByRole('link', { name, exact: true })
    .or(page.locator('a', { hasText: new RegExp(`^${escaped(name)}$`) }))
    .first();

const suites: OpenSuite[] = [];

/** A fresh browser signed in as one demo account, on the awards desk (by its card). */
async function asAccount(account: string): Promise<OpenSuite> {
  const suite = await openSuite();
  // Closed after the test even when signing in fails (an open browser keeps jest from exiting).
  suites.push(suite);
  await signIn(suite.page, account);
  await suite.page.getByTestId('desk-card-awards').click();
  await suite.page.waitForURL(/\/awards/);
  return suite;
}

async function openRound(page: Page) {
  await link(page, 'Đợt khen thưởng').click();
  await page.locator('.ant-table-row', { hasText: ROUND }).first().click();
  await page.waitForURL(/awards\/rounds\/\d+$/);
  await page.locator('.ant-descriptions').waitFor();
}

async function scoreEverything(page: Page, score: string) {
  await link(page, 'Hồ sơ chờ chấm điểm').click();
  for (const nominee of [TEAM, PERSON]) {
    const row = page.locator('.ant-table-row', { hasText: ROUND }).filter({ hasText: nominee });
    await row.getByRole('button', { name: 'Chấm điểm' }).click();
    await modal(page).locator('#review_score').fill(score);
    await saveModal(page);
    await row.waitFor({ state: 'detached' });
  }
}

/** Serious or critical axe findings, gathered so that the journey goes on and reports them all at the end. */
const axeProblems: string[] = [];
async function accessible(page: Page, screen: string) {
  await expectAccessible(page, screen).catch((e: Error) => axeProblems.push(e.message));
}

describe('awards journey', () => {
  afterAll(async () => {
    // What each browser showed when the journey stopped (the last screen of each account).
    for (const [i, s] of suites.entries()) await shot(s.page, `awards-last-${i}`).catch(() => undefined);
    for (const s of suites) await s.close();
  });

  it('a round with two reviewers and minReviews 2: nominate, both score, close, decide, decision and certificate (vi, en, ar)', async () => {
    const today = vietnamDay();
    const later = vietnamDay(20);

    // 1. The committee opens the round, says who signs, and assigns two reviewers.
    const committee = await asAccount('awards');
    const page = committee.page;
    await link(page, 'Đợt khen thưởng').click();
    await page.getByRole('button', { name: 'Mở đợt khen thưởng' }).click();
    await page.locator('#round_title').fill(ROUND);
    await page.locator('#round_minReviews').fill('2');
    await page.locator('#round_window').click();
    await page.keyboard.type(today.typed);
    await page.keyboard.press('Enter');
    await page.keyboard.type(later.typed);
    await shot(page, 'awards-create-round-vi');
    // Enter in the last field saves the form (once).
    await page.keyboard.press('Enter');
    await page.waitForURL(/awards\/rounds\/\d+$/);
    await page.getByTestId('round-reviewers').waitFor();
    await page.getByRole('button', { name: 'Sửa đợt' }).click();
    await modal(page).locator('#editRound_issuingBody').fill('UBND PHƯỜNG CỬA NAM');
    await modal(page).locator('#editRound_place').fill('Cửa Nam');
    await modal(page).locator('#editRound_signerTitle').fill('CHỦ TỊCH');
    await modal(page).locator('#editRound_signerName').fill('Phạm Thanh Bình');
    await saveModal(page);
    for (const [search, name] of [
      ['Hồng Nhung', 'Lê Thị Hồng Nhung'],
      ['Quốc Khánh', 'Trần Quốc Khánh'],
    ]) {
      await page.getByRole('button', { name: 'Phân công người chấm' }).click();
      await pick(page, '#assignReviewer_personId', search, name);
      await saveModal(page);
      await page.getByTestId('round-reviewers').getByText(name).waitFor();
    }
    await shot(page, 'awards-round-reviewers-vi');
    await accessible(page, 'the round page with its reviewers');

    // 2. The committee member nominates a collective and an individual (she is not one of the reviewers).
    for (const kind of ['unit', 'person'] as const) {
      await link(page, 'Đề nghị khen thưởng').click();
      await page.locator('#nomination_roundId').click();
      await page.locator(OPEN_OPTION, { hasText: ROUND }).first().click();
      await closed(page);
      if (kind === 'unit') {
        await pick(page, '#nomination_nomineeUnitId', 'HN-CN-TDP5-CNS', /HN-CN-TDP5-CNS/);
      } else {
        await page.locator('#nomination_kind').getByText('Cá nhân').click();
        await pick(page, '#nomination_nomineePersonId', PERSON);
      }
      await page
        .locator('#nomination_achievements')
        .fill(
          'Hướng dẫn hơn 300 lượt người dân cài đặt VNeID mức 2, iHanoi và nộp hồ sơ dịch vụ công trực tuyến.',
        );
      // "Submit to the committee now" is ticked by default (clicking it would save a draft, which no queue shows).
      expect(await page.getByRole('checkbox', { name: 'Gửi ngay đến Hội đồng' }).isChecked()).toBe(true);
      await page.locator('button[type=submit]').click();
      await page.waitForURL(/awards\/rounds\/\d+$/);
    }
    await page.getByRole('cell', { name: PERSON }).first().waitFor();
    // The nominator cannot score them: her review queue does not offer them.
    await link(page, 'Hồ sơ chờ chấm điểm').click();
    await page.locator('.ant-table').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.locator('.ant-table-row', { hasText: ROUND }).count()).toBe(0);

    // 3. Both assigned reviewers score both nominations.
    const first = await asAccount('reviewer');
    await scoreEverything(first.page, '9');
    const second = await asAccount('reviewer2');
    await scoreEverything(second.page, '8');
    await shot(second.page, 'awards-review-queue-done-vi');
    await accessible(second.page, 'the review queue');

    // 4. After the window is closed, the committee decides.
    await openRound(page);
    await page.getByRole('button', { name: 'Kết thúc nhận hồ sơ' }).click();
    await page.locator('.ant-modal-confirm .ant-btn-primary').click();
    await page.getByText('Xếp hạng và quyết định').click();
    for (const nominee of [TEAM, PERSON]) {
      await page
        .locator('.ant-table-row', { hasText: nominee })
        .locator('button', { hasText: APPROVE })
        .click();
      await modal(page).locator('#decision_decisionNo').fill(DECISION_NO);
      await saveModal(page);
    }
    await page
      .locator('.ant-table-row', { hasText: PERSON })
      .locator('button', { hasText: APPROVE })
      .waitFor({ state: 'detached' });
    await accessible(page, 'the ranking after the decisions');
    await shot(page, 'awards-ranking-decided-vi');

    // 5. The decision and a certificate with issuer, number, place-date line and signer.
    await link(page, 'Quyết định').click();
    const decision = page.getByTestId('decision');
    await decision.waitFor();
    const placeDate = `Cửa Nam, ngày ${today.d} tháng ${today.m} năm ${today.y}`;
    expect(await decision.getByTestId('issuing-body').innerText()).toContain('UBND PHƯỜNG CỬA NAM');
    expect(await decision.getByTestId('document-number').innerText()).toContain(DECISION_NO);
    expect(await decision.getByTestId('place-date').innerText()).toBe(placeDate);
    expect(await decision.getByTestId('signer-name').innerText()).toBe('Phạm Thanh Bình');
    expect(await decision.locator('a, button').count()).toBe(0);
    expect(await decision.innerText()).toContain(TEAM);
    await shot(page, 'awards-decision-vi');
    await accessible(page, 'the decision');

    await link(page, ROUND).click();
    await link(page, 'Danh sách khen thưởng').click();
    await page.getByTestId('honours-collectives').waitFor();
    await shot(page, 'awards-honours-vi');
    await page
      .getByTestId('honours-collectives')
      .locator('tr', { hasText: TEAM })
      .getByRole('link', { name: 'Giấy khen' })
      .click();
    const certificate = page.getByTestId('certificate');
    await certificate.waitFor();
    expect(await certificate.getByTestId('issuing-body').innerText()).toContain('UBND PHƯỜNG CỬA NAM');
    expect(await certificate.getByTestId('document-number').innerText()).toContain(DECISION_NO);
    expect(await certificate.getByTestId('place-date').innerText()).toBe(placeDate);
    expect(await certificate.getByTestId('signer-name').innerText()).toBe('Phạm Thanh Bình');
    expect(await certificate.locator('a, button').count()).toBe(0);
    await shot(page, 'awards-certificate-vi');
    await accessible(page, 'the certificate');

    // The same certificate in English and Arabic (issuer and signer as written), at 1366 and 390 px.
    for (const [language, heading] of [
      ['en', 'CERTIFICATE OF MERIT'],
      ['ar', 'شهادة تقدير'],
    ] as const) {
      await switchLanguage(page, language);
      await certificate.getByText(heading).first().waitFor();
      expect(await certificate.getByTestId('signer-name').innerText()).toBe('Phạm Thanh Bình');
      expect(await certificate.getByTestId('place-date').innerText()).toContain('Cửa Nam');
      await shot(page, `awards-certificate-${language}`);
      await page.setViewportSize({ width: 390, height: 844 });
      await shot(page, `awards-certificate-${language}-390`);
      await page.setViewportSize({ width: 1366, height: 900 });
    }
    expect(axeProblems).toEqual([]);
    expect(committee.pageErrors).toEqual([]);
    expect(first.pageErrors).toEqual([]);
    expect(second.pageErrors).toEqual([]);
  }, 600_000);
});
