import { registerEnumType } from 'type-graphql';
import {
  DOCUMENT_KINDS,
  DOCUMENT_STATUSES,
  type DocumentKindName,
  type DocumentStatusName,
} from '../domain/committee-roles';
import { INDICATOR_MEASURES, type IndicatorMeasureName } from '../domain/indicators';
import {
  TASK_PRIORITIES,
  TASK_STATUSES,
  type TaskPriorityName,
  type TaskStatusName,
} from '../domain/task-rules';
import { TASK_UPDATE_KINDS, type TaskUpdateKindName } from '../entities/task-update.entity';
import { TASK_SECTORS, type TaskSectorName } from '../domain/sectors';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const TaskStatus = enumOf<TaskStatusName>(TASK_STATUSES);
registerEnumType(TaskStatus, {
  name: 'TaskStatus',
  description:
    'NOT_STARTED → IN_PROGRESS → DONE; a done task can be sent back; an open task can be CANCELLED (not counted by scorecards).',
});

export const TaskSector = enumOf<TaskSectorName>(TASK_SECTORS);
registerEnumType(TaskSector, { name: 'TaskSector', description: 'The field of a work-program item.' });

export const DocumentStatus = enumOf<DocumentStatusName>(DOCUMENT_STATUSES);
registerEnumType(DocumentStatus, {
  name: 'CommitteeDocumentStatus',
  description: 'DRAFT (out for comment) → ISSUED.',
});

export const TaskPriority = enumOf<TaskPriorityName>(TASK_PRIORITIES);
registerEnumType(TaskPriority, { name: 'TaskPriority' });

export const TaskOrder = enumOf(['DUE_DATE_ASC', 'DUE_DATE_DESC', 'CREATED_DESC'] as const);
export type TaskOrderName = keyof typeof TaskOrder;
registerEnumType(TaskOrder, { name: 'TaskOrder' });

export const TaskUpdateKind = enumOf<TaskUpdateKindName>(TASK_UPDATE_KINDS);
registerEnumType(TaskUpdateKind, {
  name: 'TaskUpdateKind',
  description:
    'A progress report, the completion, a send-back (REOPENED), an edit, a reassignment, an extension or a cancellation.',
});

export const DocumentKind = enumOf<DocumentKindName>(DOCUMENT_KINDS);
registerEnumType(DocumentKind, { name: 'CommitteeDocumentKind' });

export const IndicatorMeasure = enumOf<IndicatorMeasureName>(INDICATOR_MEASURES);
registerEnumType(IndicatorMeasure, {
  name: 'IndicatorMeasure',
  description: 'COUNT: a number per month; PERCENT: numerator / denominator.',
});
