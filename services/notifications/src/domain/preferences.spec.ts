import { DEFAULT_PREFERENCES, deliveryFor } from './preferences';

describe('deliveryFor', () => {
  test('by default: in the bell and by email when there is an address', () => {
    expect(deliveryFor('TASK_ASSIGNED', DEFAULT_PREFERENCES, true)).toEqual({
      keep: true,
      inApp: true,
      email: 'pending',
    });
    expect(deliveryFor('TASK_ASSIGNED', DEFAULT_PREFERENCES, false)).toEqual({
      keep: true,
      inApp: true,
      email: null,
    });
  });

  test('the digest holds emails for the morning', () => {
    expect(deliveryFor('TASK_DUE_SOON', { ...DEFAULT_PREFERENCES, dailyDigest: true }, true).email).toBe(
      'digest',
    );
  });

  test('a muted kind, or no channel at all, keeps nothing', () => {
    expect(
      deliveryFor('TASK_DUE_SOON', { ...DEFAULT_PREFERENCES, mutedKinds: ['TASK_DUE_SOON'] }, true).keep,
    ).toBe(false);
    expect(deliveryFor('TASK_DUE_SOON', { ...DEFAULT_PREFERENCES, inApp: false }, false).keep).toBe(false);
    expect(deliveryFor('TASK_DUE_SOON', { ...DEFAULT_PREFERENCES, inApp: false }, true)).toEqual({
      keep: true,
      inApp: false,
      email: 'pending',
    });
  });
});
