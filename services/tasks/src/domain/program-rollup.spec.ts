import { programRollup } from './program-rollup';

describe('work program roll-up', () => {
  test('averages the live items, a done item counts 100, cancelled ones weigh nothing', () => {
    const rollup = programRollup(
      [
        { status: 'DONE', progress: 100, dueDate: '2026-11-01' },
        { status: 'IN_PROGRESS', progress: 50, dueDate: '2026-11-20' },
        { status: 'NOT_STARTED', progress: 0, dueDate: '2026-12-20' },
        { status: 'CANCELLED', progress: 90, dueDate: '2026-12-20' },
      ],
      '2026-11-23',
    );
    expect(rollup).toEqual({ tasks: 3, done: 1, overdue: 1, cancelled: 1, progress: 50 });
  });

  test('an empty program is at 0', () => {
    expect(programRollup([], '2026-11-23')).toEqual({
      tasks: 0,
      done: 0,
      overdue: 0,
      cancelled: 0,
      progress: 0,
    });
  });
});
