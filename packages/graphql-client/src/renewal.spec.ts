import {
  RENEWAL_RETRY_MS,
  endSession,
  getSession,
  sessionEndReason,
  setRenewer,
  startSession,
} from './session';
import { authUrl } from './renewal';

const account = { id: '1', username: 'viewer', roles: ['VIEWER' as const], scopeUnit: null, person: null };
const tenMinutes = () => ({ token: 't1', expiresAt: new Date(Date.now() + 600_000).toISOString(), account });

describe('token renewal', () => {
  afterEach(() => {
    setRenewer(null);
    endSession('signed-out');
    jest.useRealTimers();
  });

  it('renews a minute before the token lapses, so the session never ends by itself', async () => {
    jest.useFakeTimers();
    const renewer = jest.fn(async () => {
      startSession({ ...tenMinutes(), token: `t${renewer.mock.calls.length + 1}` });
      return 'renewed' as const;
    });
    setRenewer(renewer);
    startSession(tenMinutes());
    await jest.advanceTimersByTimeAsync(539_000);
    expect(renewer).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(2_000);
    expect(renewer).toHaveBeenCalledTimes(1);
    expect(getSession()?.token).toBe('t2');
    await jest.advanceTimersByTimeAsync(600_000);
    expect(renewer).toHaveBeenCalledTimes(2);
    expect(getSession()?.token).toBe('t3');
  });

  it('asks again while the gateway is unreachable, and ends the session when the token lapses', async () => {
    jest.useFakeTimers();
    const renewer = jest.fn(async () => 'unreachable' as const);
    setRenewer(renewer);
    startSession(tenMinutes());
    await jest.advanceTimersByTimeAsync(540_000 + 1);
    expect(renewer).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(RENEWAL_RETRY_MS);
    expect(renewer).toHaveBeenCalledTimes(2);
    await jest.advanceTimersByTimeAsync(60_000);
    expect(getSession()).toBeNull();
    expect(sessionEndReason()).toBe('expired');
  });

  it('finds /auth on the gateway origin, for an absolute or a relative gateway URL', () => {
    expect(authUrl('http://127.0.0.1:4000/graphql', 'renew')).toBe('http://127.0.0.1:4000/auth/renew');
    expect(authUrl('/graphql', 'sign-out')).toBe(`${location.origin}/auth/sign-out`);
  });
});
