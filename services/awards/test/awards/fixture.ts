import type { TestStack } from '@dx/test-kit';
import { Directory, startAwardsStack } from '../support';

/**
 * What every awards scenario starts from: its own stack (directory demo + awards, fresh databases) and
 * the sessions it acts with. Nominations are put forward by the secretariat, so that the award
 * committee (`awards`) may review them. Call it at the top of a test file; the fields are filled
 * before the first test.
 */
export function awardsFixture() {
  const f = {
    stack: undefined as unknown as TestStack,
    admin: '',
    awards: '',
    member: '',
    nominator: '',
    dir: undefined as unknown as Directory,
  };
  beforeAll(async () => {
    f.stack = await startAwardsStack();
    [f.admin, f.awards, f.member, f.nominator] = await Promise.all([
      f.stack.login('admin'),
      f.stack.login('awards'),
      f.stack.login('member'),
      f.stack.login('secretariat'),
    ]);
    f.dir = new Directory(f.stack, f.admin);
  });
  afterAll(() => f.stack?.stop());
  return f;
}
