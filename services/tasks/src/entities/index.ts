import { AuditRecord, OutboxEvent } from '@dx/subgraph-kit';
import { CommitteeRecord } from './committee.entity';
import { CommitteeDocumentRecord } from './committee-document.entity';
import { CommitteeMemberRecord } from './committee-member.entity';
import { IndicatorRecord } from './indicator.entity';
import { IndicatorValueRecord } from './indicator-value.entity';
import { TaskRecord } from './task.entity';
import { TaskUpdateRecord } from './task-update.entity';
import { WorkProgramRecord } from './work-program.entity';
import { DocumentCommentRecord } from './document-comment.entity';
import { MeetingRecord } from './meeting.entity';
import { MeetingConclusionRecord } from './meeting-conclusion.entity';
import { SavedTaskViewRecord } from './saved-task-view.entity';
import { EvaluationRankingYearRecord } from './evaluation-ranking-year.entity';
import { EvaluationRankingLineRecord } from './evaluation-ranking-line.entity';
import { EvaluationIndicatorTargetRecord } from './evaluation-indicator-target.entity';
import { EvaluationRaterRecord } from './evaluation-rater.entity';
import { EvaluationRatingRecord } from './evaluation-rating.entity';

export const entities = [
  CommitteeRecord,
  CommitteeMemberRecord,
  CommitteeDocumentRecord,
  WorkProgramRecord,
  TaskRecord,
  TaskUpdateRecord,
  IndicatorRecord,
  IndicatorValueRecord,
  DocumentCommentRecord,
  MeetingRecord,
  MeetingConclusionRecord,
  SavedTaskViewRecord,
  EvaluationRankingYearRecord,
  EvaluationRankingLineRecord,
  EvaluationIndicatorTargetRecord,
  EvaluationRaterRecord,
  EvaluationRatingRecord,
  AuditRecord,
  OutboxEvent,
];
