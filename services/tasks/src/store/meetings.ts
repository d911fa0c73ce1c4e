import { forUpdate, notFound, staleVersion, writeAudit, type RequestContext, today } from '@dx/subgraph-kit';
import { CommitteeMemberRecord } from '../entities/committee-member.entity';
import { MeetingRecord } from '../entities/meeting.entity';
import { MeetingConclusionRecord } from '../entities/meeting-conclusion.entity';
import { attendanceProblem, meetingDayProblem, taskFromConclusion } from '../domain/meetings';
import type { ConclusionInput, ConclusionTaskInput, RecordMeetingInput } from '../schema/meeting.inputs';
import { ownCommittee } from './committee-writes';
import { toConclusion, toMeeting, toTask } from './mappers';
import { refuse, refuseInput } from './refusals';
import { checkedParties, insertTask } from './task-assignment';

const conclusionRow = (meetingId: number, c: ConclusionInput) => ({
  meetingId,
  text: c.text.trim(),
  assigneeId: c.assigneeId ? Number(c.assigneeId) : null,
  unitId: c.unitId ? Number(c.unitId) : null,
  dueDate: c.dueDate ?? null,
  expectedResult: c.expectedResult?.trim() || null,
  authority: c.authority?.trim() || null,
});

/** Records a meeting held: the chair and attendees from the members, the agenda, the conclusions. */
export async function recordMeeting(ctx: RequestContext, input: RecordMeetingInput) {
  const dayRefusal = meetingDayProblem(input.heldOn, today());
  if (dayRefusal) throw refuseInput(dayRefusal, 'heldOn');
  const attendees = [...new Set(input.attendeePersonIds.map(String))];
  return ctx.dataSource.transaction(async (manager) => {
    const committee = await ownCommittee(manager, ctx, input.committeeId);
    const members = await manager
      .getRepository(CommitteeMemberRecord)
      .find({ where: { committeeId: committee.id }, select: { personId: true } });
    const refusal = attendanceProblem(
      members.map((m) => String(m.personId)),
      String(input.chairPersonId),
      attendees,
    );
    if (refusal)
      throw refuseInput(
        refusal,
        refusal.key === 'errors.chairNotMember' ? 'chairPersonId' : 'attendeePersonIds',
      );
    const saved = await manager.save(
      manager.create(MeetingRecord, {
        committeeId: committee.id,
        heldOn: input.heldOn,
        location: input.location?.trim() || null,
        chairPersonId: Number(input.chairPersonId),
        attendeePersonIds: attendees.join(','),
        agenda: input.agenda.trim(),
      }),
    );
    for (const c of input.conclusions ?? [])
      await manager.insert(MeetingConclusionRecord, conclusionRow(saved.id, c));
    await writeAudit(manager, ctx, {
      action: 'recordMeeting',
      entityType: 'Meeting',
      entityId: saved.id,
      after: { ...saved, conclusions: input.conclusions ?? [] },
    });
    return toMeeting(saved);
  });
}

/** Adds a conclusion to a meeting already recorded; CONFLICT if the minutes changed since `version`. */
export async function addMeetingConclusion(
  ctx: RequestContext,
  meetingId: string,
  version: number,
  input: ConclusionInput,
) {
  return ctx.dataSource.transaction(async (manager) => {
    const meeting = await manager.getRepository(MeetingRecord).findOneBy({ id: Number(meetingId) });
    if (!meeting) throw notFound('Meeting', meetingId);
    await ownCommittee(manager, ctx, String(meeting.committeeId));
    const bumped = await manager
      .createQueryBuilder()
      .update(MeetingRecord)
      .set({ version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id: meeting.id, version })
      .execute();
    if (!bumped.affected) throw staleVersion('These minutes');
    const row = conclusionRow(meeting.id, input);
    const { identifiers } = await manager.insert(MeetingConclusionRecord, row);
    await writeAudit(manager, ctx, {
      action: 'addMeetingConclusion',
      entityType: 'Meeting',
      entityId: meeting.id,
      after: row,
    });
    return toConclusion(
      await manager
        .getRepository(MeetingConclusionRecord)
        .findOneByOrFail({ id: identifiers[0].id as number }),
    );
  });
}

/**
 * A conclusion becomes a task in one step, its six clears pre-filled from the conclusion and the
 * meeting. The conclusion row is locked first, so of two conversions at once exactly one makes a
 * task and the other gets CONFLICT (the unique index on taskId backs this up).
 */
export async function convertConclusionToTask(
  ctx: RequestContext,
  conclusionId: string,
  overrides: ConclusionTaskInput = {},
) {
  const conclusions = ctx.dataSource.getRepository(MeetingConclusionRecord);
  const conclusion = await conclusions.findOneBy({ id: Number(conclusionId) });
  if (!conclusion) throw notFound('Conclusion', conclusionId);
  const meeting = await ctx.dataSource
    .getRepository(MeetingRecord)
    .findOneByOrFail({ id: conclusion.meetingId });
  const draft = taskFromConclusion(toConclusion(conclusion), meeting, overrides);
  const input = {
    ...draft,
    committeeId: String(meeting.committeeId),
    workProgramId: overrides.workProgramId ?? null,
    sector: overrides.sector ?? null,
  };
  const parties = await checkedParties(ctx, input);
  return ctx.dataSource.transaction(async (manager) => {
    await ownCommittee(manager, ctx, String(meeting.committeeId));
    const locked = await forUpdate(
      manager
        .getRepository(MeetingConclusionRecord)
        .createQueryBuilder('c')
        .where('c.id = :id', { id: conclusion.id }),
    ).getOneOrFail();
    if (locked.taskId !== null) {
      throw refuse('CONFLICT', {
        message: 'This conclusion has already become a task.',
        key: 'errors.conclusionAlreadyTask',
        params: { taskId: locked.taskId },
      });
    }
    const task = await insertTask(manager, ctx, input, parties);
    await manager.update(MeetingConclusionRecord, { id: locked.id }, { taskId: task.id });
    await writeAudit(manager, ctx, {
      action: 'convertConclusionToTask',
      entityType: 'Meeting',
      entityId: meeting.id,
      before: locked,
      after: { ...locked, taskId: task.id },
    });
    return toTask(task);
  });
}
