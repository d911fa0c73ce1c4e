import { loadRemote, registerRemotes } from '@module-federation/enhanced/runtime';
import { deskOfLink } from './preload-intent';
import { preloadDesk } from './remotes';

jest.mock('@module-federation/enhanced/runtime', () => ({
  loadRemote: jest.fn(),
  registerRemotes: jest.fn(),
}));

const remotes = [
  { name: 'tasks', entry: 'http://127.0.0.1:4202/mf-manifest.json' },
  { name: 'training', entry: 'http://127.0.0.1:4203/mf-manifest.json' },
];
const origin = 'http://127.0.0.1:4200';

describe('deskOfLink', () => {
  it('finds the desk of a same-origin link, with or without a sub-path and query', () => {
    expect(deskOfLink('/tasks', origin, remotes)?.name).toBe('tasks');
    expect(deskOfLink('/training/sessions/4?x=1', origin, remotes)?.name).toBe('training');
    expect(deskOfLink('/tasks?unitId=1&overdue=true', origin, remotes)?.name).toBe('tasks');
  });

  it('ignores home, the audit console, unknown desks and other origins', () => {
    expect(deskOfLink('/', origin, remotes)).toBeUndefined();
    expect(deskOfLink('/audit', origin, remotes)).toBeUndefined();
    expect(deskOfLink('/tasksx', origin, remotes)).toBeUndefined();
    expect(deskOfLink('http://evil.example/tasks', origin, remotes)).toBeUndefined();
  });
});

describe('preloadDesk', () => {
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('preloads a desk once, and after a failure may try again without re-registering it', async () => {
    const preload = jest.mocked(loadRemote);
    preload.mockRejectedValueOnce(new Error('remote entry blocked'));
    preloadDesk(remotes[1]!);
    preloadDesk(remotes[1]!);
    await flush();
    expect(preload).toHaveBeenCalledTimes(1);
    expect(registerRemotes).not.toHaveBeenCalled();

    preload.mockResolvedValue(undefined);
    preloadDesk(remotes[1]!);
    preloadDesk(remotes[1]!);
    await flush();
    expect(preload).toHaveBeenCalledTimes(2);
    expect(preload).toHaveBeenLastCalledWith('training/App');
  });
});
