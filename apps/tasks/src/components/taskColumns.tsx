import type { ColumnsType } from 'antd/es/table';
import type { CsvColumn } from '@dx/design-system';
type TFunction = (key: string) => string;
import type { TaskRowFragment } from '../graphql/generated/graphql';
import { TaskProgress, TaskStatusTag } from './TaskStatusTag';
import { DeskLink, formatDay } from '@dx/design-system';

/** The columns every task list shows; links lead to the task's page under the list tab. */
export function taskColumns(t: TFunction): ColumnsType<TaskRowFragment> {
  return [
    {
      title: t('fields.title'),
      key: 'title',
      render: (_, task) => <DeskLink to={`list/${task.id}`}>{task.title}</DeskLink>,
    },
    { title: t('fields.assignee'), key: 'assignee', render: (_, task) => task.assignee?.fullName ?? '—' },
    { title: t('fields.unit'), key: 'unit', render: (_, task) => task.unit?.name ?? '—' },
    { title: t('fields.dueDate'), key: 'dueDate', render: (_, task) => <bdi>{formatDay(task.dueDate)}</bdi> },
    {
      title: t('fields.status'),
      key: 'status',
      render: (_, task) => <TaskStatusTag status={task.status} overdue={task.overdue} />,
    },
    {
      title: t('fields.daysLate'),
      key: 'daysLate',
      render: (_, task) => (task.daysLate ? <span style={{ color: '#cf1322' }}>{task.daysLate}</span> : '—'),
    },
    {
      title: t('fields.progress'),
      key: 'progress',
      render: (_, task) => <TaskProgress value={task.progress} />,
    },
  ];
}

export function taskCsvColumns(t: TFunction): CsvColumn<TaskRowFragment>[] {
  return [
    { title: t('fields.title'), value: (task) => task.title },
    { title: t('fields.assignee'), value: (task) => task.assignee?.fullName },
    { title: t('fields.unit'), value: (task) => task.unit?.name },
    { title: t('fields.dueDate'), value: (task) => task.dueDate },
    { title: t('fields.status'), value: (task) => t(`status.${task.status}`) },
    { title: t('fields.overdue'), value: (task) => (task.overdue ? t('common:yes') : t('common:no')) },
    { title: t('fields.progress'), value: (task) => task.progress },
    { title: t('fields.completedOn'), value: (task) => task.completedOn },
    { title: t('fields.daysLate'), value: (task) => task.daysLate ?? '' },
  ];
}
