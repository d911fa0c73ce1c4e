import { In } from 'typeorm';
import { groupBy, loaderFor, type RequestContext, numericIds } from '@dx/subgraph-kit';
import { CommitteeRecord } from '../entities/committee.entity';
import { CommitteeDocumentRecord } from '../entities/committee-document.entity';
import { CommitteeMemberRecord } from '../entities/committee-member.entity';
import { IndicatorRecord } from '../entities/indicator.entity';
import { TaskRecord } from '../entities/task.entity';
import { TaskUpdateRecord } from '../entities/task-update.entity';
import { WorkProgramRecord } from '../entities/work-program.entity';
import { DocumentCommentRecord } from '../entities/document-comment.entity';
import { MeetingRecord } from '../entities/meeting.entity';
import { MeetingConclusionRecord } from '../entities/meeting-conclusion.entity';
import { byCommitteeOrder } from '../domain/committee-roles';
import {
  toCommittee,
  toConclusion,
  toDocument,
  toDocumentComment,
  toIndicator,
  toMeeting,
  toMember,
  toTask,
  toTaskUpdate,
  toWorkProgram,
} from './mappers';

/** Every loader is one `WHERE x IN (...)` per batch: a page of 100 tasks costs what a page of 10 costs. */
export const taskLoader = (ctx: RequestContext) =>
  loaderFor(ctx, 'taskById', async (ids) => {
    const rows = await ctx.dataSource.getRepository(TaskRecord).findBy({ id: In(numericIds(ids)) });
    return new Map(rows.map((r) => [String(r.id), toTask(r)]));
  });

export const subtaskLoader = (ctx: RequestContext) =>
  loaderFor(ctx, 'subtasksByParent', async (ids) => {
    const rows = await ctx.dataSource
      .getRepository(TaskRecord)
      .find({ where: { parentId: In(numericIds(ids)) }, order: { dueDate: 'ASC', id: 'ASC' } });
    return groupBy(rows.map(toTask), (t) => t.parentId!);
  });

export const taskUpdatesLoader = (ctx: RequestContext) =>
  loaderFor(ctx, 'updatesByTask', async (ids) => {
    const rows = await ctx.dataSource
      .getRepository(TaskUpdateRecord)
      .find({ where: { taskId: In(numericIds(ids)) }, order: { id: 'ASC' } });
    return groupBy(rows, (u) => String(u.taskId));
  });

export const committeeLoader = (ctx: RequestContext) =>
  loaderFor(ctx, 'committeeById', async (ids) => {
    const rows = await ctx.dataSource.getRepository(CommitteeRecord).findBy({ id: In(numericIds(ids)) });
    return new Map(rows.map((r) => [String(r.id), toCommittee(r)]));
  });

export const membersLoader = (ctx: RequestContext) =>
  loaderFor(ctx, 'membersByCommittee', async (ids) => {
    const rows = await ctx.dataSource
      .getRepository(CommitteeMemberRecord)
      .find({ where: { committeeId: In(numericIds(ids)) }, order: { id: 'ASC' } });
    const groups = groupBy(rows.map(toMember), (m) => m.committeeId);
    return new Map([...groups].map(([id, members]) => [id, byCommitteeOrder(members)]));
  });

export const documentsLoader = (ctx: RequestContext) =>
  loaderFor(ctx, 'documentsByCommittee', async (ids) => {
    const rows = await ctx.dataSource
      .getRepository(CommitteeDocumentRecord)
      .find({ where: { committeeId: In(numericIds(ids)) }, order: { issuedOn: 'ASC', id: 'ASC' } });
    return groupBy(rows, (d) => String(d.committeeId));
  });

export const documentLoader = (ctx: RequestContext) =>
  loaderFor(ctx, 'documentById', async (ids) => {
    const rows = await ctx.dataSource
      .getRepository(CommitteeDocumentRecord)
      .findBy({ id: In(numericIds(ids)) });
    return new Map(rows.map((r) => [String(r.id), toDocument(r)]));
  });

export const workProgramsLoader = (ctx: RequestContext) =>
  loaderFor(ctx, 'programsByCommittee', async (ids) => {
    const rows = await ctx.dataSource
      .getRepository(WorkProgramRecord)
      .find({ where: { committeeId: In(numericIds(ids)) }, order: { year: 'DESC' } });
    return groupBy(rows.map(toWorkProgram), (p) => p.committeeId);
  });

export const workProgramLoader = (ctx: RequestContext) =>
  loaderFor(ctx, 'programById', async (ids) => {
    const rows = await ctx.dataSource.getRepository(WorkProgramRecord).findBy({ id: In(numericIds(ids)) });
    return new Map(rows.map((r) => [String(r.id), toWorkProgram(r)]));
  });

export const indicatorLoader = (ctx: RequestContext) =>
  loaderFor(ctx, 'indicatorById', async (ids) => {
    const rows = await ctx.dataSource.getRepository(IndicatorRecord).findBy({ id: In(numericIds(ids)) });
    return new Map(rows.map((r) => [String(r.id), toIndicator(r)]));
  });

export const loadTaskUpdates = async (ctx: RequestContext, taskId: string) =>
  ((await taskUpdatesLoader(ctx).load(taskId)) ?? []).map(toTaskUpdate);
export const loadDocuments = async (ctx: RequestContext, committeeId: string) =>
  ((await documentsLoader(ctx).load(committeeId)) ?? []).map(toDocument);

/** A program's items: its top-level tasks, by due date. */
export const programTasksLoader = (ctx: RequestContext) =>
  loaderFor(ctx, 'tasksByProgram', async (ids) => {
    const rows = await ctx.dataSource
      .getRepository(TaskRecord)
      .createQueryBuilder('t')
      .where('t.workProgramId IN (:...ids)', { ids: numericIds(ids) })
      .andWhere('t.parentId IS NULL')
      .orderBy('t.dueDate', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .getMany();
    return groupBy(rows.map(toTask), (t) => t.workProgramId!);
  });

export const meetingsLoader = (ctx: RequestContext) =>
  loaderFor(ctx, 'meetingsByCommittee', async (ids) => {
    const rows = await ctx.dataSource
      .getRepository(MeetingRecord)
      .find({ where: { committeeId: In(numericIds(ids)) }, order: { heldOn: 'DESC', id: 'DESC' } });
    return groupBy(rows.map(toMeeting), (m) => m.committeeId);
  });

export const meetingLoader = (ctx: RequestContext) =>
  loaderFor(ctx, 'meetingById', async (ids) => {
    const rows = await ctx.dataSource.getRepository(MeetingRecord).findBy({ id: In(numericIds(ids)) });
    return new Map(rows.map((r) => [String(r.id), toMeeting(r)]));
  });

export const conclusionsLoader = (ctx: RequestContext) =>
  loaderFor(ctx, 'conclusionsByMeeting', async (ids) => {
    const rows = await ctx.dataSource
      .getRepository(MeetingConclusionRecord)
      .find({ where: { meetingId: In(numericIds(ids)) }, order: { id: 'ASC' } });
    return groupBy(rows.map(toConclusion), (c) => c.meetingId);
  });

export const commentsLoader = (ctx: RequestContext) =>
  loaderFor(ctx, 'commentsByDocument', async (ids) => {
    const rows = await ctx.dataSource
      .getRepository(DocumentCommentRecord)
      .find({ where: { documentId: In(numericIds(ids)) }, order: { id: 'ASC' } });
    return groupBy(rows.map(toDocumentComment), (c) => c.documentId);
  });
