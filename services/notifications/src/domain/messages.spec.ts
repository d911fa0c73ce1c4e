import { NOTIFICATION_KINDS, LANGUAGES } from './kinds';
import { digestSubject, formatDay, renderNotification } from './messages';

describe('renderNotification', () => {
  test('a new task in each language, with the day as the reader writes it', () => {
    const params = { title: 'Số hoá hồ sơ một cửa', dueDate: '2026-12-15' };
    expect(renderNotification('TASK_ASSIGNED', params, 'vi')).toEqual({
      title: 'Nhiệm vụ mới: Số hoá hồ sơ một cửa',
      body: 'Bạn được giao nhiệm vụ "Số hoá hồ sơ một cửa", hạn hoàn thành 15/12/2026.',
    });
    expect(renderNotification('TASK_ASSIGNED', params, 'en').body).toBe(
      'You have been assigned "Số hoá hồ sơ một cửa", due 15 Dec 2026.',
    );
    expect(renderNotification('TASK_ASSIGNED', params, 'ar').title).toBe('مهمة جديدة: Số hoá hồ sơ một cửa');
  });

  test('every kind has a text in every language that uses its parameters', () => {
    for (const kind of NOTIFICATION_KINDS)
      for (const language of LANGUAGES) {
        const m = renderNotification(kind, { title: 'X' }, language);
        expect(m.title).toContain('X');
        expect(m.body.length).toBeGreaterThan(10);
        expect(m.title + m.body).not.toMatch(/\{\w+\}/);
      }
  });

  test('a missing parameter shows a dash, not a placeholder', () => {
    expect(renderNotification('TASK_OVERDUE', { title: 'T' }, 'en').body).toBe(
      'The task "T" is — days overdue (due —).',
    );
  });

  test('days and digest subjects', () => {
    expect(formatDay('2026-01-05', 'vi')).toBe('05/01/2026');
    expect(formatDay('not a day', 'vi')).toBe('not a day');
    expect(digestSubject('2026-12-02', 'vi')).toBe('Tóm tắt thông báo ngày 02/12/2026');
  });
});

test('a cancelled session says so', () => {
  expect(
    renderNotification(
      'SESSION_CHANGED',
      { title: 'AI', day: '2026-12-03', change: 'CANCELLED', reason: 'Mưa bão' },
      'vi',
    ).title,
  ).toBe('Huỷ buổi học: AI');
  expect(
    renderNotification(
      'SESSION_CHANGED',
      { title: 'AI', day: '2026-12-03', time: '08:30', location: 'P1', change: 'RESCHEDULED' },
      'en',
    ).body,
  ).toBe('The session "AI" now takes place on 3 Dec 2026 at 08:30, P1.');
});
