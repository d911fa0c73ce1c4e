import type { Refusal } from './task-rules';

/** 2026-11-23 → 23/11/2026, as Vietnamese documents write a day. */
export const vietnameseDay = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

/** The chair and every attendee are members of the committee. */
export function attendanceProblem(
  memberIds: string[],
  chairId: string,
  attendeeIds: string[],
): Refusal | null {
  const members = new Set(memberIds);
  if (!members.has(chairId))
    return {
      message: 'The chair of the meeting must be a member of the committee.',
      key: 'errors.chairNotMember',
    };
  const outsider = attendeeIds.find((id) => !members.has(id));
  if (outsider)
    return {
      message: 'Every attendee must be a member of the committee.',
      key: 'errors.attendeeNotMember',
      params: { personId: outsider },
    };
  return null;
}

/** Minutes are kept of meetings that took place: a meeting day after today is refused. */
export function meetingDayProblem(heldOn: string, today: string): Refusal | null {
  return heldOn > today
    ? {
        message: 'Record the minutes once the meeting has taken place.',
        key: 'errors.meetingInFuture',
        params: { heldOn },
      }
    : null;
}

export interface ConclusionDraft {
  text: string;
  assigneeId: string | null;
  unitId: string | null;
  dueDate: string | null;
  expectedResult: string | null;
  authority: string | null;
}

/**
 * The task a conclusion asks for, with the six clears pre-filled from it: the conclusion is the
 * task, the meeting is its source document and, unless the conclusion says otherwise, the chair of
 * the meeting is the authority that accepts the result.
 */
export function taskFromConclusion(
  conclusion: ConclusionDraft,
  meeting: { heldOn: string },
  overrides: Partial<ConclusionDraft> & { title?: string | null } = {},
) {
  const pick = <K extends keyof ConclusionDraft>(key: K) => overrides[key] ?? conclusion[key];
  return {
    title: (overrides.title ?? conclusion.text).slice(0, 300),
    description: conclusion.text,
    assigneeId: pick('assigneeId') ?? '',
    unitId: pick('unitId') ?? '',
    dueDate: pick('dueDate') ?? '',
    expectedResult: pick('expectedResult') ?? '',
    authority: pick('authority') ?? 'Chủ trì cuộc họp Ban Chỉ đạo',
    sourceDocument: `Kết luận cuộc họp Ban Chỉ đạo ngày ${vietnameseDay(meeting.heldOn)}`,
  };
}
