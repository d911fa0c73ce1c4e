import { DOCUMENT_KINDS, DOCUMENT_STATUSES } from '../domain/committee-roles';
import { graphqlEnum } from '@dx/subgraph-kit';
import { INDICATOR_MEASURES } from '../domain/indicators';
import { TASK_PRIORITIES, TASK_STATUSES } from '../domain/task-rules';
import { TASK_UPDATE_KINDS } from '../entities/task-update.entity';
import { TASK_SECTORS } from '../domain/sectors';

export const TaskStatus = graphqlEnum(TASK_STATUSES, {
  name: 'TaskStatus',
  description:
    'NOT_STARTED → IN_PROGRESS → DONE; a done task can be sent back; an open task can be CANCELLED (not counted by scorecards).',
});

export const TaskSector = graphqlEnum(TASK_SECTORS, {
  name: 'TaskSector',
  description: 'The field of a work-program item.',
});

export const DocumentStatus = graphqlEnum(DOCUMENT_STATUSES, {
  name: 'CommitteeDocumentStatus',
  description: 'DRAFT (out for comment) → ISSUED.',
});

export const TaskPriority = graphqlEnum(TASK_PRIORITIES, { name: 'TaskPriority' });

export const TaskOrder = graphqlEnum(['DUE_DATE_ASC', 'DUE_DATE_DESC', 'CREATED_DESC'] as const, {
  name: 'TaskOrder',
});
export type TaskOrderName = keyof typeof TaskOrder;

export const TaskUpdateKind = graphqlEnum(TASK_UPDATE_KINDS, {
  name: 'TaskUpdateKind',
  description:
    'A progress report, the completion, a send-back (REOPENED), an edit, a reassignment, an extension or a cancellation.',
});

export const DocumentKind = graphqlEnum(DOCUMENT_KINDS, { name: 'CommitteeDocumentKind' });

export const IndicatorMeasure = graphqlEnum(INDICATOR_MEASURES, {
  name: 'IndicatorMeasure',
  description: 'COUNT: a number per month; PERCENT: numerator / denominator.',
});
