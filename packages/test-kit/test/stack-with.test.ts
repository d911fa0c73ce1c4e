import { definition as campaigns } from '@dx/service-campaigns';
import { ok, stackServices, startStackWith, type TestStack } from '../src';

describe('stackServices', () => {
  it("adds what the suite manifest says a service needs, in the manifest's order", () => {
    expect(stackServices('training')).toEqual(['directory', 'training']);
    expect(stackServices('notifications', ['tasks'])).toEqual(['directory', 'tasks', 'notifications']);
    expect(stackServices('directory')).toEqual(['directory']);
  });

  it('refuses a name the manifest does not list', () => {
    expect(() => stackServices('training', ['payroll'])).toThrow(/payroll is not a service/);
  });
});

describe('startStackWith', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStackWith(campaigns);
  }, 120_000);
  afterAll(() => stack?.stop());

  it('starts the service with the directory, its demo seeded, behind one gateway', async () => {
    expect(Object.keys(stack.services)).toEqual(['directory', 'campaigns']);
    const token = await stack.login('secretariat');
    const data = ok(
      await stack.query<{ me: { username: string }; campaigns: { totalCount: number } }>(
        '{ me { username } campaigns(first: 1) { totalCount } }',
        {},
        token,
      ),
    );
    expect(data.me.username).toBe('secretariat');
    expect(data.campaigns.totalCount).toBe(0); // a fresh database of its own
  });
});
