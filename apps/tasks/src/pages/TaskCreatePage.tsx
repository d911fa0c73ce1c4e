import { useMutation } from '@apollo/client/react';
import { App, Button, Card, Form, Input, Select, Space, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { FormErrorAlert, PersonSelect, UnitSelect, useDeskNavigate, useGraphQLForm } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import { DayPicker } from '../components/DayPicker';
import { CreateTaskDocument, type TaskPriority, type TaskSector } from '../graphql/generated/graphql';

interface AssignmentValues {
  title: string;
  description?: string;
  assigneeId: string;
  unitId: string;
  coordinatingUnitIds?: string[];
  dueDate: string;
  expectedResult: string;
  authority: string;
  sourceDocument?: string;
  priority: TaskPriority;
  sector?: TaskSector;
}

const SECTORS: TaskSector[] = [
  'E_GOVERNMENT',
  'DIGITAL_ECONOMY',
  'DIGITAL_SOCIETY',
  'EDUCATION',
  'HEALTH',
  'INFRASTRUCTURE',
  'CYBERSECURITY',
  'SCIENCE_INNOVATION',
  'OTHER',
];

/** Assigns a task; the form will not submit until all "6 clear" fields are filled. */
export function TaskCreatePage() {
  const { t } = useTranslation('tasks');
  const { message } = App.useApp();
  const navigate = useDeskNavigate();
  const [params] = useSearchParams();
  const parentId = params.get('parent');
  const workProgramId = params.get('program');
  const [createTask] = useMutation(CreateTaskDocument);
  const required = (key: string) => [{ required: true, whitespace: true, message: t(`sixClear.${key}`) }];
  // One request in flight (Enter twice sends one task), server field errors beside their fields.
  const { formProps, formError, submitting } = useGraphQLForm<AssignmentValues>({
    namespace: 'tasks',
    onSubmit: async (values) => {
      const { data } = await createTask({
        variables: {
          input: {
            ...values,
            title: values.title.trim(),
            description: values.description?.trim() || null,
            sourceDocument: values.sourceDocument?.trim() || null,
            coordinatingUnitIds: values.coordinatingUnitIds ?? [],
            parentId,
            workProgramId,
          },
        },
        refetchQueries: ['TaskList'],
      });
      return data?.createTask.id;
    },
    onSaved: (id) => {
      void message.success(t('create.saved'));
      navigate(`list/${String(id)}`, { replace: true });
    },
  });

  return (
    <Card title={t('create.title')}>
      <Typography.Paragraph type="secondary">{t('create.help')}</Typography.Paragraph>
      {parentId && <Typography.Paragraph strong>{t('lifecycle.subtaskOf')}</Typography.Paragraph>}
      {workProgramId && <Typography.Paragraph strong>{t('create.program')}</Typography.Paragraph>}
      <FormErrorAlert message={formError} />
      <Form<AssignmentValues>
        {...formProps}
        layout="vertical"
        name="task"
        initialValues={{ priority: 'NORMAL' }}
        disabled={submitting}
        style={{ maxWidth: 760 }}
      >
        <Form.Item name="assigneeId" label={t('sixClear.person')} rules={required('personRequired')}>
          <PersonSelect />
        </Form.Item>
        <Form.Item name="title" label={t('sixClear.task')} rules={required('taskRequired')}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="description" label={t('fields.description')}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Form.Item
          name="unitId"
          label={t('sixClear.responsibility')}
          rules={required('responsibilityRequired')}
        >
          <UnitSelect />
        </Form.Item>
        <Form.Item name="coordinatingUnitIds" label={t('fields.coordinatingUnits')}>
          <UnitSelect mode="multiple" />
        </Form.Item>
        <Form.Item name="dueDate" label={t('sixClear.deadline')} rules={required('deadlineRequired')}>
          <DayPicker />
        </Form.Item>
        <Form.Item name="expectedResult" label={t('sixClear.result')} rules={required('resultRequired')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item name="authority" label={t('sixClear.authority')} rules={required('authorityRequired')}>
          <Input maxLength={300} placeholder={t('create.authorityExample')} />
        </Form.Item>
        <Form.Item name="sourceDocument" label={t('fields.sourceDocument')}>
          <Input maxLength={300} placeholder={t('create.sourceExample')} />
        </Form.Item>
        <Form.Item name="priority" label={t('fields.priority')}>
          <Select
            options={(['HIGH', 'NORMAL', 'LOW'] as const).map((p) => ({
              value: p,
              label: t(`priority.${p}`),
            }))}
            style={{ width: 200 }}
          />
        </Form.Item>
        <Form.Item name="sector" label={t('create.sector')}>
          <Select allowClear options={SECTORS.map((s) => ({ value: s, label: t(`sectors.${s}`) }))} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={submitting}>
            {t('create.submit')}
          </Button>
          <Button onClick={() => navigate('list')}>{t('common:actions.cancel')}</Button>
        </Space>
      </Form>
    </Card>
  );
}
