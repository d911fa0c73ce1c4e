import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { identityOf, type RequestContext, PersonRef, UnitRef, personRef, unitRef } from '@dx/subgraph-kit';
import { Committee } from '../schema/committee.types';
import { ConclusionInput, ConclusionTaskInput, RecordMeetingInput } from '../schema/meeting.inputs';
import { Meeting, MeetingConclusion } from '../schema/meeting.types';
import { Task } from '../schema/task.types';
import { canSeeCommittee } from '../store/committee-visibility';
import { committeeLoader, conclusionsLoader, meetingLoader } from '../store/loaders';
import { addMeetingConclusion, convertConclusionToTask, recordMeeting } from '../store/meetings';
import { visibleTask } from './task.resolver';

@Resolver(() => Meeting)
export class MeetingResolver {
  @Authorized()
  @Query(() => Meeting, { nullable: true })
  async meeting(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    const meeting = await meetingLoader(ctx).load(id);
    if (!meeting) return null;
    const committee = await committeeLoader(ctx).load(meeting.committeeId);
    return committee && canSeeCommittee(identityOf(ctx), committee.unitPath) ? meeting : null;
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => Meeting, {
    description: 'Records a meeting held: chair and attendees from the members, agenda, conclusions.',
  })
  recordMeeting(
    @Arg('input', () => RecordMeetingInput) input: RecordMeetingInput,
    @Ctx() ctx: RequestContext,
  ) {
    return recordMeeting(ctx, input);
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => MeetingConclusion, {
    description: 'Adds a conclusion to the minutes; CONFLICT if they changed since `version`.',
  })
  addMeetingConclusion(
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ConclusionInput) input: ConclusionInput,
    @Ctx() ctx: RequestContext,
  ) {
    return addMeetingConclusion(ctx, meetingId, version, input);
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => Task, {
    description: 'Makes the conclusion a task, its six clears pre-filled from it; a second time -> CONFLICT.',
  })
  convertConclusionToTask(
    @Arg('conclusionId', () => ID) conclusionId: string,
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ConclusionTaskInput, { nullable: true }) input?: ConclusionTaskInput | null,
  ) {
    return convertConclusionToTask(ctx, conclusionId, input ?? {});
  }

  @FieldResolver(() => Committee, { nullable: true })
  committee(@Root() meeting: Meeting, @Ctx() ctx: RequestContext) {
    return committeeLoader(ctx).load(meeting.committeeId);
  }

  @FieldResolver(() => PersonRef, { nullable: true })
  chair(@Root() meeting: Meeting) {
    return personRef(meeting.chairPersonId);
  }

  @FieldResolver(() => [PersonRef])
  attendees(@Root() meeting: Meeting) {
    return meeting.attendeePersonIds.map((id) => personRef(id)!);
  }

  @FieldResolver(() => [MeetingConclusion])
  async conclusions(@Root() meeting: Meeting, @Ctx() ctx: RequestContext) {
    return (await conclusionsLoader(ctx).load(meeting.id)) ?? [];
  }
}

@Resolver(() => MeetingConclusion)
export class MeetingConclusionResolver {
  @FieldResolver(() => PersonRef, { nullable: true })
  assignee(@Root() c: MeetingConclusion) {
    return personRef(c.assigneeId);
  }

  @FieldResolver(() => UnitRef, { nullable: true })
  unit(@Root() c: MeetingConclusion) {
    return unitRef(c.unitId);
  }

  @FieldResolver(() => Task, { nullable: true, description: 'The task the conclusion became, once it has.' })
  task(@Root() c: MeetingConclusion, @Ctx() ctx: RequestContext) {
    return c.taskId ? visibleTask(ctx, c.taskId) : null;
  }
}
