import { attendanceProblem, meetingDayProblem, taskFromConclusion, vietnameseDay } from './meetings';

describe('meetings', () => {
  test('the chair and the attendees are members', () => {
    expect(attendanceProblem(['1', '2', '3'], '1', ['2', '3'])).toBeNull();
    expect(attendanceProblem(['1', '2'], '9', ['2'])?.key).toBe('errors.chairNotMember');
    expect(attendanceProblem(['1', '2'], '1', ['2', '7'])).toMatchObject({
      key: 'errors.attendeeNotMember',
      params: { personId: '7' },
    });
  });

  test('minutes are of meetings held', () => {
    expect(meetingDayProblem('2026-11-23', '2026-11-23')).toBeNull();
    expect(meetingDayProblem('2026-11-24', '2026-11-23')?.key).toBe('errors.meetingInFuture');
  });

  test('a conclusion pre-fills the six clears, the meeting is the source', () => {
    const draft = taskFromConclusion(
      {
        text: 'Sở KH&CN hoàn thành kết nối 124 điểm cầu',
        assigneeId: '5',
        unitId: '8',
        dueDate: '2026-12-31',
        expectedResult: '124 điểm cầu',
        authority: null,
      },
      { heldOn: '2026-11-20' },
      { dueDate: '2027-01-15' },
    );
    expect(draft).toMatchObject({
      title: 'Sở KH&CN hoàn thành kết nối 124 điểm cầu',
      assigneeId: '5',
      unitId: '8',
      dueDate: '2027-01-15',
      expectedResult: '124 điểm cầu',
      authority: 'Chủ trì cuộc họp Ban Chỉ đạo',
      sourceDocument: 'Kết luận cuộc họp Ban Chỉ đạo ngày 20/11/2026',
    });
    expect(vietnameseDay('2026-01-05')).toBe('05/01/2026');
  });
});
