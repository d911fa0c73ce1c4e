import { planFor, scopeCovers } from './routing';

describe('planFor', () => {
  test('a task assignment goes to the assignee, linked to the task', () => {
    const plan = planFor('TASK_ASSIGNED', {
      taskId: '12',
      title: 'T',
      dueDate: '2026-12-15',
      assigneePersonId: '7',
      unitPath: '/1/4/',
    });
    expect(plan).toMatchObject({
      kind: 'TASK_ASSIGNED',
      link: '/tasks/list/12',
      personIds: ['7'],
      secretariatOfUnitPath: null,
    });
    expect(plan!.params).toMatchObject({ title: 'T', dueDate: '2026-12-15' });
  });

  test('overdue for more than three days also reaches the unit secretariat; three days does not', () => {
    expect(
      planFor('TASK_OVERDUE', { taskId: '1', assigneePersonId: '7', daysOverdue: 4, unitPath: '/1/4/' })!
        .secretariatOfUnitPath,
    ).toBe('/1/4/');
    expect(
      planFor('TASK_OVERDUE', { taskId: '1', assigneePersonId: '7', daysOverdue: 3, unitPath: '/1/4/' })!
        .secretariatOfUnitPath,
    ).toBeNull();
  });

  test('many recipients are deduplicated; nested values are not parameters', () => {
    const plan = planFor('ROUND_CLOSING', {
      recipientPersonIds: ['3', '3', 4],
      title: 'R',
      nested: { a: 1 },
    });
    expect(plan!.personIds).toEqual(['3', '4']);
    expect(plan!.params).toEqual({ title: 'R' });
  });

  test('an event that is no notification kind gives nothing', () => {
    expect(planFor('TASK_PROGRESS_REPORTED', { taskId: '1' })).toBeNull();
  });

  test('scope covers the unit and what is below it', () => {
    expect(scopeCovers('/1/', '/1/4/')).toBe(true);
    expect(scopeCovers('', '/1/4/')).toBe(true);
    expect(scopeCovers('/1/5/', '/1/4/')).toBe(false);
  });
});

describe('events from training', () => {
  test('a moved session reaches everyone enrolled, in Vietnam time, linked to the session', () => {
    const plan = planFor('SESSION_CHANGED', {
      sessionId: '9',
      courseTitle: 'Ứng dụng AI',
      startsAt: '2026-12-03T01:30:00.000Z',
      location: 'Hội trường UBND phường Cửa Nam',
      change: 'RESCHEDULED',
      personIds: ['5', '6'],
    });
    expect(plan).toMatchObject({ personIds: ['5', '6'], link: '/training/sessions/9' });
    expect(plan!.params).toMatchObject({ title: 'Ứng dụng AI', day: '2026-12-03', time: '08:30' });
  });
});

test('a returned nomination goes to whoever nominated, linked to its round', () => {
  const plan = planFor('NOMINATION_RETURNED', {
    nominationId: '3',
    roundId: '2',
    nomineeName: 'Tổ CNS số 20',
    reason: 'Thiếu minh chứng',
    personIds: ['8'],
  });
  expect(plan).toMatchObject({ personIds: ['8'], link: '/awards/rounds/2' });
  expect(plan!.params.title).toBe('Tổ CNS số 20');
});
