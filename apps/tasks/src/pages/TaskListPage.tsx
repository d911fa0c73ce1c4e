import {
  ConnectionTable,
  type FilterField,
  PersonSelect,
  UnitSelect,
  useDeskNavigate,
} from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import { DayPicker } from '../components/DayPicker';
import { SavedTaskViews } from '../components/SavedTaskViews';
import { taskColumns, taskCsvColumns } from '../components/taskColumns';
import { TaskListDocument, type TaskOrder } from '../graphql/generated/graphql';

const STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'CANCELLED'] as const;

/** Every task in the caller's units; the filters live in the URL so a filtered list can be shared. */
export function TaskListPage() {
  const { t } = useTranslation('tasks');
  const navigate = useDeskNavigate();
  const filters: FilterField[] = [
    { name: 'search', label: t('filters.search'), type: 'search' },
    {
      name: 'status',
      label: t('fields.status'),
      type: 'select',
      options: STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
    },
    {
      name: 'unitId',
      label: t('fields.unit'),
      type: 'custom',
      render: (value, onChange) => <UnitSelect value={value} onChange={onChange} allowClear />,
    },
    {
      name: 'assigneeId',
      label: t('fields.assignee'),
      type: 'custom',
      render: (value, onChange) => <PersonSelect value={value} onChange={onChange} allowClear />,
    },
    {
      name: 'dueFrom',
      label: t('filters.dueFrom'),
      type: 'custom',
      render: (value, onChange) => (
        <DayPicker value={value} onChange={onChange} placeholder={t('filters.dueFrom')} />
      ),
    },
    {
      name: 'dueTo',
      label: t('filters.dueTo'),
      type: 'custom',
      render: (value, onChange) => (
        <DayPicker value={value} onChange={onChange} placeholder={t('filters.dueTo')} />
      ),
    },
    { name: 'overdue', label: t('filters.overdueOnly'), type: 'boolean' },
    { name: 'dueThisWeek', label: t('views.dueThisWeek'), type: 'boolean' },
  ];
  // Sorting by due date is the server's (DUE_DATE_ASC / DUE_DATE_DESC on the indexed column).
  const columns = taskColumns(t).map((c) => (c.key === 'dueDate' ? { ...c, sorter: true } : c));
  return (
    <>
      <SavedTaskViews />
      <ConnectionTable
        query={TaskListDocument}
        connection={(data) => data.tasks}
        columns={columns}
        sortVariables={(sort) => ({
          orderBy: (sort === 'dueDate:descend' ? 'DUE_DATE_DESC' : 'DUE_DATE_ASC') as TaskOrder,
        })}
        rowKey={(task) => task.id}
        filters={filters}
        onRowClick={(task) => navigate(`list/${task.id}`)}
        csv={{ filename: 'tasks', columns: taskCsvColumns(t) }}
      />
    </>
  );
}
