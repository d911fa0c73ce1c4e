import { homeScreen, openSuite, screenshot, signIn, suiteUrl, type OpenSuite } from '@dx/e2e-kit';

/** Where the gateway answers /auth (same origin as its /graphql). */
const authUrl = (route: string) =>
  new URL(`/auth/${route}`, process.env.DX_E2E_GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql').toString();

const renewWith = (cookie: string) =>
  fetch(authUrl('renew'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dx-auth': '1', cookie },
    body: '{}',
  });

describe('shell session', () => {
  let suite: OpenSuite;
  afterEach(async () => {
    await suite?.close();
  });

  it('keeps the session in an httpOnly cookie, renews from it, and signing out ends it for good', async () => {
    suite = await openSuite();
    const { page, context } = suite;
    await signIn(page, 'viewer');

    const [cookie] = (await context.cookies(authUrl('renew'))).filter((c) => c.name === 'dx_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/auth' });
    // Scripts on the page cannot read it.
    expect(await page.evaluate(() => document.cookie)).not.toContain('dx_session');
    const oldCookie = `dx_session=${cookie.value}`;

    // The token is gone (lapsed, or a new tab): the shell picks the session up from the cookie.
    await page.evaluate(() => localStorage.removeItem('dx.session'));
    await page.reload();
    await homeScreen(page).waitFor();
    const renewed = await page.evaluate(() => JSON.parse(localStorage.getItem('dx.session') ?? 'null'));
    expect(renewed.account.username).toBe('viewer');
    expect(Date.parse(renewed.expiresAt) - Date.now()).toBeLessThanOrEqual(10 * 60_000);

    // Sign out by clicking, as a user does.
    const signedOut = page.waitForResponse((r) => r.url() === authUrl('sign-out'));
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    expect((await signedOut).status()).toBe(204);
    await page.locator('input#username').waitFor();
    await screenshot(page, 'shell-signed-out-vi');
    expect(await page.evaluate(() => localStorage.getItem('dx.session'))).toBeNull();
    expect((await context.cookies(authUrl('renew'))).filter((c) => c.name === 'dx_session')).toEqual([]);

    // The old session no longer works, even if someone kept its cookie.
    const refused = await renewWith(oldCookie);
    expect(refused.status).toBe(401);
    const body = (await refused.json()) as { errors: { extensions: { messageKey: string } }[] };
    expect(body.errors[0].extensions.messageKey).toBe('errors.sessionEnded');

    // A reload stays signed out.
    await page.goto(suiteUrl('/'));
    await page.locator('input#username').waitFor();
    expect(await homeScreen(page).count()).toBe(0);
  });

  it('signs out from the phone menu too', async () => {
    suite = await openSuite({ viewport: { width: 390, height: 844 } });
    const { page, context } = suite;
    await signIn(page, 'trainer');
    const [cookie] = (await context.cookies(authUrl('renew'))).filter((c) => c.name === 'dx_session');
    await page.getByTestId('account-menu').click();
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.locator('input#username').waitFor();
    await screenshot(page, 'shell-signed-out-390-vi');
    expect((await renewWith(`dx_session=${cookie.value}`)).status).toBe(401);
  });
});
