import {
  openSuite,
  screenshot,
  settledPhoneWidth,
  signIn,
  signOut,
  switchLanguage,
  type Language,
  type OpenSuite,
  type Page,
} from '@dx/e2e-kit';

const todayInHanoi = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
const addDays = (day: string, n: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
const vnDay = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

// Closed dropdowns stay in the page, hidden; only the open one's options can be clicked.
const OPEN_DROPDOWN = '.ant-select-dropdown:not(.ant-select-dropdown-hidden)';

/** The open dropdown of the select `#<id>` (its list is `#<id>_list`), not one still closing. */
const dropdownOf = (page: Page, selector: string) =>
  page.locator(OPEN_DROPDOWN, { has: page.locator(`[id="${selector.slice(1)}_list"]`) });

/** The form item around a field, once it shows `text` (what its select shows when chosen). */
const formItemShowing = (page: Page, selector: string, text: string | RegExp) =>
  page
    .locator('.ant-form-item', { has: page.locator(selector) })
    .filter({ hasText: text })
    .last();

/**
 * Clicks the option in the open dropdown and waits for the field to show it. A click that lands
 * while the dropdown is still sliding open can be lost; then the option is clicked again.
 */
async function clickOption(page: Page, selector: string, option: string | RegExp, shown: string | RegExp) {
  const choice = dropdownOf(page, selector).locator('.ant-select-item-option', { hasText: option }).first();
  const chosen = formItemShowing(page, selector, shown);
  for (let attempt = 1; ; attempt++) {
    if (attempt > 1 && !(await choice.isVisible())) await page.locator(selector).click();
    await choice.click();
    try {
      await chosen.waitFor({ timeout: 3_000 });
      break;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
  await dropdownOf(page, selector).waitFor({ state: 'hidden' });
}

/** A directory picker: type part of the name, wait for the server's matches, click the one meant. */
async function pick(page: Page, selector: string, text: string, option: string | RegExp = text) {
  await page.locator(selector).click();
  await page.locator(selector).fill(text);
  await clickOption(page, selector, option, option);
}

async function choose(page: Page, selector: string, option: string | RegExp, shown = option) {
  await page.locator(selector).click();
  await clickOption(page, selector, option, shown);
}

/**
 * Types a day and leaves the field with Tab (the picker keeps a valid typed day on blur); Enter would
 * also send the form it is in, half filled.
 */
async function typeDay(page: Page, selector: string, day: string) {
  await page.locator(selector).click();
  await page.locator(selector).fill(vnDay(day));
  await page.locator(selector).press('Tab');
  await page.locator(`${selector}[value="${vnDay(day)}"]`).waitFor();
}

async function save(page: Page) {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** Tổ dân phố số 20's line of this month's scorecard (zeros when it is not listed yet). */
async function scoreRow(page: Page) {
  const table = page.getByTestId('scorecard-table');
  // The month's units are listed once loaded (the demo's units lead tasks every month).
  await table.locator('tr.ant-table-row').first().waitFor();
  await table.locator('.ant-spin-spinning').waitFor({ state: 'detached' });
  const row = table.locator('tr.ant-table-row', { hasText: 'Tổ dân phố số 20' });
  if ((await row.count()) === 0) return { assigned: 0, doneOnTime: 0, overdue: 0 };
  const cells = (await row.first().locator('td').allTextContents()).map((c) => Number.parseInt(c, 10));
  return { assigned: cells[2], doneOnTime: cells[3], overdue: cells[5] };
}

const LABELS = {
  en: { mine: 'My tasks', scorecard: 'Monthly ranking', completed: 'Completed · 100%' },
  ar: { mine: 'مهامي', scorecard: 'الترتيب الشهري', completed: 'أُنجزت · 100%' },
} as const;

/** What sticks out past the right (or left) edge of a 390 px phone, for the failure message. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && (box.right > width + 1 || box.left < -1);
      })
      .slice(0, 8)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (${Math.round(el.getBoundingClientRect().width)} px)`,
      );
  });
}

/** The screen at 1366×768, then at 390 px, where nothing may be wider than the phone. */
async function shots(page: Page, name: string, language: Language) {
  await screenshot(page, `${name}-${language}-1366`);
  const wide = await settledPhoneWidth(page);
  await screenshot(page, `${name}-${language}-390`);
  if (wide > 390)
    throw new Error(
      `${name} (${language}) is ${wide} px wide at 390: ${(await overflowing(page)).join(', ')}`,
    );
  await page.setViewportSize({ width: 1366, height: 768 });
}

const nav = (page: Page, name: string) => page.getByRole('link', { name, exact: true }).first().click();

async function assign(page: Page, title: string, dueDate: string) {
  await page.locator('#task_title').waitFor();
  await pick(page, '#task_assigneeId', 'Vũ Ngọc Sơn');
  await page.locator('#task_title').fill(title);
  await pick(page, '#task_unitId', 'HN-LN-TDP20', '(HN-LN-TDP20)');
  await typeDay(page, '#task_dueDate', dueDate);
  await page.locator('#task_expectedResult').fill(`Kết quả: ${title}`);
  await page.locator('#task_authority').fill('Trưởng Ban Chỉ đạo phường');
  await page.locator('form#task button[type=submit]').click();
  await page.waitForURL(/tasks\/list\/\d+$/);
  await page.getByTestId('task-title').getByText(title).waitFor();
}

describe('the secretariat sets up a committee and runs its year; the member delivers', () => {
  let suite: OpenSuite;
  afterEach(async () => {
    if (suite) await screenshot(suite.page, 'tasks-journey-last');
    await suite?.close();
  });

  it('committee, members, program document, program, three items, a meeting conclusion as a fourth, extend, cancel; member reports and completes; scorecard', async () => {
    suite = await openSuite({ viewport: { width: 1366, height: 768 } });
    const { page } = suite;
    const stamp = Date.now();
    const today = todayInHanoi();
    const committeeName = `Ban Chỉ đạo chuyển đổi số phường Lĩnh Nam ${stamp}`;
    await signIn(page, 'secretariat');
    await nav(page, 'Nhiệm vụ');
    await nav(page, 'Xếp hạng tháng');
    const before = await scoreRow(page);
    await nav(page, 'Ban Chỉ đạo');

    await page.getByRole('button', { name: 'Thành lập Ban Chỉ đạo' }).click();
    await page.locator('#committee_name').fill(committeeName);
    await pick(page, '#committee_unitId', 'HN-LN', '(HN-LN)');
    await save(page);
    const card = page.getByTestId('committee').filter({ hasText: committeeName });
    await card.waitFor();

    const members: [string, string][] = [
      ['Trần Quốc Khánh', 'Trưởng ban'],
      ['Lê Thị Hồng Nhung', 'Phó Trưởng ban'],
      ['Dương Minh Quang', 'Ủy viên thường trực'],
      ['Vũ Ngọc Sơn', 'Ủy viên'],
      ['Phạm Minh Đức', 'Thư ký'],
    ];
    for (const [person, role] of members) {
      await card.getByRole('button', { name: 'Thêm thành viên' }).click();
      await pick(page, '#member_personId', person);
      await choose(page, '#member_role', new RegExp(`^${role}$`), role);
      await page.locator('#member_responsibilities').fill(`Phụ trách theo phân công (${role})`);
      await save(page);
      await card.getByRole('cell', { name: person }).waitFor();
    }
    await screenshot(page, 'tasks-committee-members-vi');

    await card.getByRole('link', { name: 'Mở bàn làm việc của Ban' }).click();
    await page.getByTestId('committee-name').getByText(committeeName).waitFor();
    await page.getByRole('button', { name: 'Đăng ký văn bản' }).click();
    await choose(page, '#document_kind', 'Chương trình công tác');
    await page.locator('#document_number').fill('01-CTr/BCĐ');
    await typeDay(page, '#document_issuedOn', today);
    await page.locator('#document_title').fill('Chương trình công tác năm 2025 của Ban Chỉ đạo');
    await save(page);
    const docRow = page.getByTestId('documents-table').locator('tr', { hasText: '01-CTr/BCĐ' });
    await docRow.getByRole('button', { name: 'Ban hành' }).click();
    await docRow.getByText('Đã ban hành').waitFor();
    await screenshot(page, 'tasks-documents-vi');

    await page.getByRole('link', { name: 'Chương trình công tác' }).click();
    await page.getByRole('button', { name: 'Tạo chương trình công tác' }).click();
    await page.locator('#program_year').fill('2025');
    await page.locator('#program_title').fill('Chương trình công tác năm 2025');
    await choose(page, '#program_documentId', '01-CTr/BCĐ');
    await save(page);
    const program = page.getByTestId('program-2025');
    await program.waitFor();

    const items = [
      `Họp không giấy ${stamp}`,
      `Thanh toán không dùng tiền mặt ${stamp}`,
      `Bình dân học vụ số ${stamp}`,
    ];
    for (const title of items) {
      await program.getByRole('link', { name: 'Thêm nhiệm vụ vào chương trình' }).click();
      await assign(page, title, today);
      await nav(page, 'Ban Chỉ đạo');
      await page
        .getByTestId('committee')
        .filter({ hasText: committeeName })
        .getByRole('link', { name: 'Mở bàn làm việc của Ban' })
        .click();
      await page.getByRole('link', { name: 'Chương trình công tác' }).click();
    }
    await program.getByText(items[2]).waitFor();

    await page.getByRole('link', { name: 'Cuộc họp' }).click();
    await page.getByRole('button', { name: 'Ghi biên bản cuộc họp' }).click();
    await choose(page, '#meeting_chairPersonId', 'Trần Quốc Khánh');
    // Attendees: a multiple select stays open after a click; Escape closes it.
    await page.locator('#meeting_attendeePersonIds').click();
    await dropdownOf(page, '#meeting_attendeePersonIds')
      .locator('.ant-select-item-option', { hasText: 'Vũ Ngọc Sơn' })
      .first()
      .click();
    await page.keyboard.press('Escape');
    await dropdownOf(page, '#meeting_attendeePersonIds').waitFor({ state: 'hidden' });
    await formItemShowing(page, '#meeting_attendeePersonIds', 'Vũ Ngọc Sơn').waitFor();
    await page.locator('#meeting_agenda').fill('Triển khai chương trình công tác năm 2025');
    const conclusion = `Hoàn thành cấp VNeID mức 2 tổ dân phố 20 ${stamp}`;
    await page.locator('#meeting_conclusion').fill(conclusion);
    await pick(page, '#meeting_assigneeId', 'Vũ Ngọc Sơn');
    await pick(page, '#meeting_unitId', 'HN-LN-TDP20', '(HN-LN-TDP20)');
    await typeDay(page, '#meeting_dueDate', addDays(today, 14));
    await page.locator('#meeting_expectedResult').fill('100% người dân đủ điều kiện có VNeID mức 2');
    await save(page);
    await page.getByTestId('meeting').first().getByRole('button', { name: 'Giao thành nhiệm vụ' }).click();
    await page.getByTestId('meeting').first().getByRole('link', { name: 'Xem nhiệm vụ' }).click();
    await page.getByTestId('task-title').getByText(conclusion).waitFor();

    await page.getByRole('button', { name: 'Gia hạn' }).click();
    await typeDay(page, '#task-extend_dueDate', addDays(today, 40));
    await page.locator('#task-extend_reason').fill('Chờ hệ thống định danh nâng cấp');
    await save(page);
    await page.getByTestId('task-timeline').getByText('Chờ hệ thống định danh nâng cấp').waitFor();

    await page.getByRole('link', { name: 'Danh sách nhiệm vụ' }).first().click();
    // Other tests of the run add tasks too: find it by its title.
    await page.getByPlaceholder('Tìm theo tên nhiệm vụ').fill(items[2]);
    await page.getByPlaceholder('Tìm theo tên nhiệm vụ').press('Enter');
    await page.getByRole('link', { name: items[2] }).click();
    await page.getByRole('button', { name: 'Hủy nhiệm vụ' }).click();
    await page.locator('#task-cancel_reason').fill('Gộp vào kế hoạch của phường');
    await save(page);
    await page.getByText('Đã hủy').first().waitFor();

    await signOut(page);
    await signIn(page, 'member');
    await nav(page, 'Nhiệm vụ');
    await page.getByTestId('my-tasks').getByRole('link', { name: items[0] }).click();
    await page.locator('#report_progress').fill('60');
    await page.locator('#report_note').fill('Đã lắp đặt hệ thống họp không giấy');
    await page.locator('form#report button[type=submit]').click();
    await page.getByTestId('task-timeline').getByText('Đã lắp đặt hệ thống họp không giấy').waitFor();
    await page.locator('#report_note').fill('Đã nghiệm thu, 100% cuộc họp dùng hệ thống');
    await page.getByRole('button', { name: 'Đánh dấu hoàn thành' }).click();
    await page.getByTestId('task-timeline').getByText('Hoàn thành · 100%').waitFor();
    await shots(page, 'tasks-journey-task', 'vi');

    await nav(page, 'Xếp hạng tháng');
    const after = await scoreRow(page);
    // Two of the program's items are due today in Tổ dân phố 20: one done on time, one still open (not yet
    // late); the cancelled one is not counted; the meeting's task falls due later.
    expect(after.assigned - before.assigned).toBe(2);
    expect(after.doneOnTime - before.doneOnTime).toBe(1);
    expect(after.overdue - before.overdue).toBe(0);
    await shots(page, 'tasks-journey-scorecard', 'vi');

    // The member's finished task and the scorecard in English and Arabic, wide and on a phone.
    for (const language of ['en', 'ar'] as const) {
      const l = LABELS[language];
      await switchLanguage(page, language);
      await nav(page, l.mine);
      await page.getByTestId('my-tasks').getByRole('link', { name: items[0] }).click();
      await page.getByTestId('task-title').getByText(items[0]).waitFor();
      await page.getByTestId('task-timeline').getByText(l.completed).waitFor();
      // "Back" points the reading way: left in English, right in Arabic.
      await page
        .getByTestId('back-link')
        .locator(`[data-arrow="${language === 'ar' ? 'right' : 'left'}"]`)
        .waitFor();
      await shots(page, 'tasks-journey-task', language);
      await nav(page, l.scorecard);
      await page.getByTestId('scorecard-table').locator('tr.ant-table-row').first().waitFor();
      await shots(page, 'tasks-journey-scorecard', language);
    }
    expect(suite.pageErrors).toEqual([]);
  }, 420_000);
});
