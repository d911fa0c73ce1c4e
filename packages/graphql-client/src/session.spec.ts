import {
  endSession,
  getSession,
  sessionEndReason,
  startSession,
  subscribeSession,
  type Session,
} from './session';
import { rolesAllow } from './useSession';

const account = {
  id: '1',
  username: 'trainer',
  roles: ['TRAINING_COORDINATOR' as const],
  scopeUnit: null,
  person: null,
};

describe('session', () => {
  afterEach(() => {
    endSession('signed-out');
    jest.useRealTimers();
  });

  it('is kept in localStorage across reloads and ended cleanly when the token expires', () => {
    jest.useFakeTimers();
    const session: Session = { token: 't', expiresAt: new Date(Date.now() + 60_000).toISOString(), account };
    const changes = jest.fn();
    const unsubscribe = subscribeSession(changes);
    startSession(session);
    expect(JSON.parse(localStorage.getItem('dx.session') ?? 'null')).toEqual(session);
    expect(getSession()).toEqual(session);

    jest.advanceTimersByTime(60_001);
    expect(getSession()).toBeNull();
    expect(sessionEndReason()).toBe('expired');
    expect(localStorage.getItem('dx.session')).toBeNull();
    expect(changes).toHaveBeenCalledTimes(2);
    unsubscribe();
  });

  it('lets ADMIN use every desk and others only their own', () => {
    expect(rolesAllow(['ADMIN'], ['AWARD_COMMITTEE'])).toBe(true);
    expect(rolesAllow(['TRAINING_COORDINATOR'], ['TRAINING_COORDINATOR', 'VIEWER'])).toBe(true);
    expect(rolesAllow(['TRAINING_COORDINATOR'], ['ADMIN'])).toBe(false);
  });
});
