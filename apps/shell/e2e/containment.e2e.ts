import {
  DESK_ACCOUNTS,
  deskNavLink,
  expectDeskScreen,
  openSuite,
  signIn,
  suiteUrl,
  type OpenSuite,
} from '@dx/e2e-kit';

interface RemoteEntry {
  name: string;
  entry: string;
}

const desks = Object.keys(DESK_ACCOUNTS);

describe('containment: a desk that cannot load affects only its own area', () => {
  let suite: OpenSuite;
  let remotes: RemoteEntry[];
  beforeAll(async () => {
    remotes = ((await (await fetch(suiteUrl('/remotes.json'))).json()) as { remotes: RemoteEntry[] }).remotes;
  });
  afterEach(async () => suite?.close());

  it.each(desks)(
    'with %s blocked, every other desk opens; Retry brings it back without a page reload',
    async (blocked) => {
      suite = await openSuite();
      const { page } = suite;
      const remote = remotes.find((r) => r.name === blocked);
      expect(remote).toBeDefined();
      const block = `${new URL(remote!.entry).origin}/**`;
      // Blocked before sign-in: the shell preloads a desk on hover of any link to it (the home links
      // to running campaigns), and a desk already loaded is not the failure this test is about.
      await page.route(block, (route) => route.abort());
      await signIn(page, 'admin');
      await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true));

      await deskNavLink(page, blocked).click();
      await page.getByTestId('remote-error').waitFor();
      for (const other of desks.filter((d) => d !== blocked)) {
        await deskNavLink(page, other).click();
        await expectDeskScreen(page, other, `${other} after ${blocked} failed`);
      }
      await page.unroute(block);
      await deskNavLink(page, blocked).click();
      // Opened again it either loads at once or still shows the contained failure with Retry.
      const retry = page.getByTestId('remote-error').getByRole('button');
      await Promise.race([retry.waitFor(), page.getByTestId('desk-page').waitFor()]);
      if (await retry.count()) await retry.click();
      await expectDeskScreen(page, blocked, `${blocked} after Retry`);
      expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
    },
    300_000,
  );
});
