import {
  openDesk,
  openSuite,
  screenshot,
  signIn,
  signOut,
  switchLanguage,
  type Language,
  type OpenSuite,
  type Page,
} from '@dx/e2e-kit';

const todayInHanoi = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

async function pickOption(page: Page, selector: string, text: string, option: string | RegExp = text) {
  await page.locator(selector).click();
  await page.locator(selector).fill(text);
  await page.locator('.ant-select-item-option', { hasText: option }).first().click();
}

const TEAM_UNIT = 'Tổ dân phố số 25';

/** The team's scorecard figures (assigned, done on time, done late, overdue); zeros when it has no row yet. */
async function teamScore(page: Page): Promise<number[]> {
  await openDesk(page, 'tasks/scorecard');
  await page.getByTestId('scorecard-table').waitFor();
  await page.waitForLoadState('networkidle');
  const row = page.getByTestId('scorecard-table').locator('tr', { hasText: TEAM_UNIT });
  if ((await row.count()) === 0) return [0, 0, 0, 0];
  return (await row.locator('td').allTextContents()).slice(2, 6).map(Number);
}

describe('tasks desk', () => {
  let suite: OpenSuite;
  afterEach(async () => {
    await suite?.close();
  });

  it('the secretariat assigns a task, the member reports progress and completes it, and it counts in the scorecard', async () => {
    suite = await openSuite();
    const { page } = suite;
    await signIn(page, 'secretariat');
    // other journeys of the same run also give this team tasks: compare with the figures before
    const before = await teamScore(page);
    await openDesk(page, 'tasks/list/new');
    await page.locator('#task_title').waitFor();

    // The form refuses to submit without the six clears.
    await page.locator('form#task button[type=submit]').click();
    await page.locator('.ant-form-item-explain-error').first().waitFor();
    expect(await page.locator('.ant-form-item-explain-error').count()).toBe(6);
    expect(page.url()).toMatch(/tasks\/list\/new/);

    const title = `Lắp đặt điểm truy cập Internet công cộng ${Date.now()}`;
    const [y, m, d] = todayInHanoi().split('-');
    await pickOption(page, '#task_assigneeId', 'Vũ Ngọc Sơn');
    await page.locator('#task_title').fill(title);
    await pickOption(page, '#task_unitId', 'HN-LN-TDP25', '(HN-LN-TDP25)');
    await page.locator('#task_dueDate').click();
    await page.locator('#task_dueDate').fill(`${d}/${m}/${y}`);
    await page.locator('#task_dueDate').press('Enter');
    await page.locator('#task_expectedResult').fill('Điểm truy cập hoạt động tại nhà văn hóa tổ dân phố 25');
    await page.locator('#task_authority').fill('Phó Trưởng Ban Chỉ đạo thành phố');
    await screenshot(page, 'tasks-assign-vi');
    await page.locator('form#task button[type=submit]').click();
    await page.waitForURL(/tasks\/list\/\d+$/);
    const taskUrl = new URL(page.url()).pathname;
    await page.getByTestId('task-title').getByText(title).waitFor();

    await signOut(page);
    await signIn(page, 'member');
    await openDesk(page, taskUrl);
    await page.getByTestId('task-title').getByText(title).waitFor();
    await page.locator('#report_progress').fill('50');
    await page.locator('#report_note').fill('Đã khảo sát vị trí và lắp đặt thiết bị');
    await page.locator('form#report button[type=submit]').click();
    await page.getByTestId('task-timeline').getByText('Đã khảo sát vị trí và lắp đặt thiết bị').waitFor();
    await screenshot(page, 'tasks-detail-reported-vi');
    // completion takes a final note: what was delivered
    await page.locator('#report_note').fill('Đã lắp đặt xong và bàn giao cho tổ dân phố');
    await page.getByRole('button', { name: 'Đánh dấu hoàn thành' }).click();
    await page.getByTestId('task-timeline').getByText('Hoàn thành · 100%').waitFor();

    const after = await teamScore(page);
    // one more assigned, one more done on time, nothing late or overdue because of it
    expect(after).toEqual([before[0] + 1, before[1] + 1, before[2], before[3]]);
    await screenshot(page, 'tasks-scorecard-member-vi');
    expect(suite.pageErrors).toEqual([]);
  });

  it.each<Language>(['vi', 'en', 'ar'])('shows every screen of the desk (%s)', async (language) => {
    suite = await openSuite();
    const { page } = suite;
    await signIn(page, 'secretariat');
    if (language !== 'vi') await switchLanguage(page, language);
    await openDesk(page, 'tasks/list?overdue=true');
    await page.getByTestId('list-range').waitFor();
    await page.locator('tbody tr.ant-table-row').first().waitFor();
    await screenshot(page, `tasks-list-overdue-${language}`);
    await openDesk(page, 'tasks/due');
    await page.getByTestId('overdue-list').locator('tbody tr.ant-table-row').first().waitFor();
    await screenshot(page, `tasks-due-${language}`);
    await page.getByTestId('overdue-list').locator('tbody tr.ant-table-row a').first().click();
    await page.getByTestId('task-timeline').waitFor();
    await screenshot(page, `tasks-detail-${language}`);
    await openDesk(page, 'tasks/scorecard');
    await page.getByTestId('scorecard-table').locator('tbody tr.ant-table-row').first().waitFor();
    await screenshot(page, `tasks-scorecard-${language}`);
    await openDesk(page, 'tasks/indicators');
    await page.getByRole('list').first().waitFor();
    await screenshot(page, `tasks-indicators-${language}`);
    await openDesk(page, 'tasks/indicators/entry');
    await page.locator('#figures_unitId').waitFor();
    await screenshot(page, `tasks-indicator-entry-${language}`);
    await openDesk(page, 'tasks/committee');
    // The secretariat's journey (another spec of the same run) may have set up a second committee.
    await page.getByTestId('committee').first().waitFor();
    await screenshot(page, `tasks-committee-${language}`);
    await openDesk(page, 'tasks/list/new');
    await page.locator('#task_title').waitFor();
    await screenshot(page, `tasks-assign-form-${language}`);
    expect(suite.pageErrors).toEqual([]);
  });
});
