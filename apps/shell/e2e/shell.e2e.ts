import { openSuite, screenshot, signIn, switchLanguage, suiteUrl, type OpenSuite } from '@dx/e2e-kit';

describe('shell', () => {
  let suite: OpenSuite;
  afterEach(async () => {
    await suite?.close();
  });

  it('signs in as admin and sees every deployed desk, in all three languages', async () => {
    suite = await openSuite();
    const { page } = suite;
    await page.locator('input#username').waitFor();
    await screenshot(page, 'shell-signin-vi');
    await page.getByTestId('language-switcher-native').selectOption('ar');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await screenshot(page, 'shell-signin-ar');
    await page.getByTestId('language-switcher-native').selectOption('vi');
    await page.locator('input#username').fill('admin');
    await page.locator('input#password').fill('wrong password');
    await page.locator('button[type=submit]').click();
    await page.getByRole('alert').getByText('Tên đăng nhập hoặc mật khẩu không đúng.').waitFor();
    await signIn(page, 'admin');
    await page.getByTestId('desk-card-directory').waitFor();
    await screenshot(page, 'shell-home-vi');
    await switchLanguage(page, 'en');
    await screenshot(page, 'shell-home-en');
    await switchLanguage(page, 'ar');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await screenshot(page, 'shell-home-ar');
    await page.reload();
    await page.getByTestId('home').waitFor();
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
  });

  it('shows the trainer no administrator menu', async () => {
    suite = await openSuite();
    const { page } = suite;
    await signIn(page, 'trainer');
    await page.getByTestId('home').waitFor();
    expect(await page.getByTestId('desk-card-directory').count()).toBe(0);
    expect(await page.locator('nav[aria-label=main] .ant-menu-item').allTextContents()).not.toContain(
      'Danh bạ, tài khoản',
    );
    // no button leads there, so the only way in is typing the address: that is what is tested
    await page.goto(suiteUrl('/directory'));
    await page.getByText('Không tìm thấy trang này.').waitFor();
    await screenshot(page, 'shell-trainer-no-directory');
  });

  it('contains an unreachable desk while the home dashboard keeps working', async () => {
    suite = await openSuite();
    const { page } = suite;
    await signIn(page, 'admin');
    await page.route('**/mf-manifest.json', (route) =>
      route
        .request()
        .url()
        .includes(':' + new URL(suiteUrl()).port)
        ? route.continue()
        : route.abort(),
    );
    await page.route(/:\d+\/mf-manifest\.json$/, (route) => route.abort());
    await page.getByTestId('desk-card-directory').click();
    await page.getByTestId('remote-error').waitFor();
    await screenshot(page, 'shell-directory-unreachable-vi');
    // The rest of the suite still works: the navigation and the home dashboard.
    await page.locator('nav[aria-label=main] .ant-menu-item').first().click();
    await page.getByTestId('home').waitFor();
    await page.getByTestId('desk-card-directory').waitFor();
    // Back on the desk it is still contained; once reachable again, Retry brings it in.
    await page.getByTestId('desk-card-directory').click();
    await page.getByTestId('remote-error').waitFor();
    await page.unrouteAll();
    await page.getByRole('button', { name: 'Thử lại' }).click();
    await page.getByRole('link', { name: 'Cán bộ', exact: true }).waitFor();
    expect(suite.pageErrors.filter((e) => !/directory|manifest|RUNTIME/i.test(e.message))).toEqual([]);
  });
});
