import { CommitteeRecord } from '../entities/committee.entity';
import { CommitteeDocumentRecord } from '../entities/committee-document.entity';
import { CommitteeMemberRecord } from '../entities/committee-member.entity';
import { DocumentCommentRecord } from '../entities/document-comment.entity';
import { MeetingRecord } from '../entities/meeting.entity';
import { MeetingConclusionRecord } from '../entities/meeting-conclusion.entity';
import { IndicatorRecord } from '../entities/indicator.entity';
import { IndicatorValueRecord } from '../entities/indicator-value.entity';
import { TaskRecord } from '../entities/task.entity';
import { TaskUpdateRecord } from '../entities/task-update.entity';
import { WorkProgramRecord } from '../entities/work-program.entity';
import { indicatorValue, meetsTarget } from '../domain/indicators';
import type {
  Committee,
  CommitteeDocument,
  CommitteeMember,
  DocumentComment,
  WorkProgram,
} from '../schema/committee.types';
import type { Meeting, MeetingConclusion } from '../schema/meeting.types';
import type { Indicator, IndicatorValue } from '../schema/indicator.types';
import type { Task, TaskUpdate } from '../schema/task.types';

const idOrNull = (id: number | null) => (id === null ? null : String(id));

export const toCommittee = (r: CommitteeRecord): Committee => ({
  id: String(r.id),
  name: r.name,
  unitId: String(r.unitId),
  unitPath: r.unitPath,
  version: r.version,
});

export const toMember = (r: CommitteeMemberRecord): CommitteeMember => ({
  id: String(r.id),
  committeeId: String(r.committeeId),
  personId: String(r.personId),
  role: r.role,
  responsibilities: r.responsibilities,
  appointedByDocumentId: idOrNull(r.appointedByDocumentId),
  version: r.version,
});

export const toDocumentComment = (r: DocumentCommentRecord): DocumentComment => ({
  id: String(r.id),
  documentId: String(r.documentId),
  byPersonId: idOrNull(r.byPersonId),
  byUsername: r.byUsername,
  body: r.body,
  at: r.at,
});

export const toMeeting = (r: MeetingRecord): Meeting => ({
  id: String(r.id),
  committeeId: String(r.committeeId),
  heldOn: r.heldOn,
  location: r.location,
  chairPersonId: String(r.chairPersonId),
  attendeePersonIds: splitIds(r.attendeePersonIds),
  agenda: r.agenda,
  version: r.version,
});

export const toConclusion = (r: MeetingConclusionRecord): MeetingConclusion => ({
  id: String(r.id),
  meetingId: String(r.meetingId),
  text: r.text,
  assigneeId: idOrNull(r.assigneeId),
  unitId: idOrNull(r.unitId),
  dueDate: r.dueDate,
  expectedResult: r.expectedResult,
  authority: r.authority,
  taskId: idOrNull(r.taskId),
});

export const toDocument = (r: CommitteeDocumentRecord): CommitteeDocument => ({
  id: String(r.id),
  kind: r.kind,
  number: r.number,
  issuedOn: r.issuedOn,
  title: r.title,
  url: r.url,
  status: r.status,
  version: r.version,
  committeeId: String(r.committeeId),
});

export const toWorkProgram = (r: WorkProgramRecord): WorkProgram => ({
  id: String(r.id),
  year: r.year,
  title: r.title,
  committeeId: String(r.committeeId),
  documentId: idOrNull(r.documentId),
});

export const splitIds = (ids: string) => (ids ? ids.split(',').filter(Boolean) : []);

export const toTask = (r: TaskRecord): Task => ({
  id: String(r.id),
  title: r.title,
  description: r.description,
  committeeId: idOrNull(r.committeeId),
  workProgramId: idOrNull(r.workProgramId),
  parentId: idOrNull(r.parentId),
  assigneeId: String(r.assigneeId),
  unitId: String(r.unitId),
  unitPath: r.unitPath,
  coordinatingUnitIds: splitIds(r.coordinatingUnitIds),
  dueDate: r.dueDate,
  expectedResult: r.expectedResult,
  authority: r.authority,
  sourceDocument: r.sourceDocument,
  priority: r.priority,
  status: r.status,
  sector: r.sector,
  cancelledOn: r.cancelledOn,
  progress: r.progress,
  completedOn: r.completedOn,
  version: r.version,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

export const toTaskUpdate = (r: TaskUpdateRecord): TaskUpdate => ({
  id: String(r.id),
  at: r.at,
  byPersonId: idOrNull(r.byPersonId),
  byUsername: r.byUsername,
  kind: r.kind,
  progress: r.progress,
  note: r.note,
  evidenceLinks: r.evidenceLinks ? (JSON.parse(r.evidenceLinks) as string[]) : [],
  changes: r.changes ? (JSON.parse(r.changes) as TaskUpdate['changes']) : [],
});

export const toIndicator = (r: IndicatorRecord): Indicator => ({
  id: String(r.id),
  code: r.code,
  name: r.name,
  unitOfMeasure: r.unitOfMeasure,
  measure: r.measure,
  numeratorLabel: r.numeratorLabel,
  denominatorLabel: r.denominatorLabel,
  target: r.targetTenths === null ? null : r.targetTenths / 10,
  higherIsBetter: Boolean(r.higherIsBetter),
  active: Boolean(r.active),
  version: r.version,
});

export function toIndicatorValue(r: IndicatorValueRecord, indicator: Indicator): IndicatorValue {
  const value = indicatorValue(indicator.measure, r);
  return {
    id: String(r.id),
    indicatorId: String(r.indicatorId),
    unitId: String(r.unitId),
    month: r.month,
    numerator: r.numerator,
    denominator: r.denominator,
    value,
    meetsTarget: meetsTarget(indicator, value),
    note: r.note,
    version: r.version,
  };
}
