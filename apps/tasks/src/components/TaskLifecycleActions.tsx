import { useMutation } from '@apollo/client/react';
import { Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { DayPicker, EntityFormModal, PersonSelect, UnitSelect, useDeskNavigate } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import {
  CancelTaskDocument,
  ExtendTaskDeadlineDocument,
  ReopenTaskDocument,
  UpdateTaskDocument,
  type TaskDetailQuery,
} from '../graphql/generated/graphql';
import { todayInVietnam } from './format';

type Task = NonNullable<TaskDetailQuery['task']>;
type Dialog = 'edit' | 'extend' | 'cancel' | 'sendBack' | null;

interface ReasonValues {
  reason: string;
  dueDate?: string;
  title?: string;
  assigneeId?: string;
  unitId?: string;
  expectedResult?: string;
}

/**
 * The secretariat's hand on a task: edit or reassign, extend the deadline, cancel, send a done task
 * back, add a sub-task. Every change asks for the reason, which the history keeps.
 */
export function TaskLifecycleActions({ task, onChanged }: { task: Task; onChanged: () => void }) {
  const { t } = useTranslation('tasks');
  const navigate = useDeskNavigate();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [update] = useMutation(UpdateTaskDocument);
  const [extend] = useMutation(ExtendTaskDeadlineDocument);
  const [cancel] = useMutation(CancelTaskDocument);
  const [reopen] = useMutation(ReopenTaskDocument);
  const open = task.status === 'NOT_STARTED' || task.status === 'IN_PROGRESS';
  const today = todayInVietnam();
  const close = (saved?: unknown) => {
    setDialog(null);
    if (saved) onChanged();
  };
  const reasonItem = (
    <Form.Item
      name="reason"
      label={t('lifecycle.reason')}
      rules={[{ required: true, whitespace: true, message: t('lifecycle.reasonRequired') }]}
    >
      <Input.TextArea rows={2} />
    </Form.Item>
  );
  const submit = async (values: ReasonValues) => {
    const base = { id: task.id, version: task.version, reason: values.reason.trim() };
    if (dialog === 'extend') return extend({ variables: { ...base, dueDate: values.dueDate! } });
    if (dialog === 'cancel') return cancel({ variables: base });
    if (dialog === 'sendBack') return reopen({ variables: base });
    return update({
      variables: {
        ...base,
        input: {
          title: values.title,
          assigneeId: values.assigneeId,
          unitId: values.unitId,
          dueDate: values.dueDate,
          expectedResult: values.expectedResult,
        },
      },
    });
  };
  return (
    <Space wrap data-testid="task-actions">
      {open && (
        <>
          <Button onClick={() => setDialog('edit')}>{t('lifecycle.edit')}</Button>
          <Button onClick={() => setDialog('extend')}>{t('lifecycle.extend')}</Button>
          <Button onClick={() => navigate(`list/new?parent=${task.id}`)}>{t('lifecycle.addSubtask')}</Button>
          <Button danger onClick={() => setDialog('cancel')}>
            {t('lifecycle.cancel')}
          </Button>
        </>
      )}
      {task.status === 'DONE' && (
        <Button onClick={() => setDialog('sendBack')}>{t('lifecycle.sendBack')}</Button>
      )}
      {dialog && (
        <EntityFormModal<ReasonValues>
          name={`task-${dialog}`}
          title={t(`lifecycle.${dialog}`)}
          namespace="tasks"
          onSubmit={submit}
          onClose={close}
          successMessage={t('lifecycle.saved')}
          initialValues={
            dialog === 'edit'
              ? {
                  title: task.title,
                  assigneeId: task.assignee?.id,
                  unitId: task.unit?.id,
                  dueDate: task.dueDate,
                  expectedResult: task.expectedResult,
                }
              : {}
          }
        >
          {dialog === 'edit' && (
            <>
              <Form.Item
                name="title"
                label={t('fields.title')}
                rules={[{ required: true, whitespace: true }]}
              >
                <Input />
              </Form.Item>
              <Form.Item name="assigneeId" label={t('sixClear.person')} rules={[{ required: true }]}>
                <PersonSelect />
              </Form.Item>
              <Form.Item name="unitId" label={t('sixClear.responsibility')} rules={[{ required: true }]}>
                <UnitSelect />
              </Form.Item>
              <Form.Item name="dueDate" label={t('sixClear.deadline')} rules={[{ required: true }]}>
                <DayPicker disabledDay={(d) => d < today && d !== task.dueDate} />
              </Form.Item>
              <Form.Item
                name="expectedResult"
                label={t('sixClear.result')}
                rules={[{ required: true, whitespace: true }]}
              >
                <Input.TextArea rows={2} />
              </Form.Item>
            </>
          )}
          {dialog === 'extend' && (
            <Form.Item
              name="dueDate"
              label={t('lifecycle.newDueDate')}
              rules={[{ required: true, message: t('lifecycle.newDueDate') }]}
            >
              <DayPicker disabledDay={(d) => d <= task.dueDate || d < today} />
            </Form.Item>
          )}
          {reasonItem}
        </EntityFormModal>
      )}
    </Space>
  );
}
