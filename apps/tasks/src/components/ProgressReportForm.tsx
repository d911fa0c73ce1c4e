import { useMutation } from '@apollo/client/react';
import { App, Button, Form, Input, InputNumber, Select, Space } from 'antd';
import { useRef } from 'react';
import { FormErrorAlert, useGraphQLForm } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import {
  CompleteTaskDocument,
  ReportTaskProgressDocument,
  type TaskRowFragment,
} from '../graphql/generated/graphql';
import { percentRule } from './numberRules';

interface ReportValues {
  progress: number;
  note: string;
  evidenceLinks?: string[];
}

/**
 * A progress report (with evidence links) or the completion, sent with the version the reporter saw.
 * One request at a time; a progress outside 0–100 is said beside the field (the server refuses it
 * too), never clamped.
 */
export function ProgressReportForm({ task, onSaved }: { task: TaskRowFragment; onSaved: () => void }) {
  const { t } = useTranslation('tasks');
  const { message } = App.useApp();
  const [report] = useMutation(ReportTaskProgressDocument);
  const [complete] = useMutation(CompleteTaskDocument);
  // Both buttons send the same form: "Send report" records progress, "Mark as done" completes.
  const intent = useRef<'report' | 'complete'>('report');
  const { form, formProps, formError, submitting, submit } = useGraphQLForm<ReportValues>({
    namespace: 'tasks',
    onSubmit: (values) => {
      const common = {
        id: task.id,
        version: task.version,
        note: values.note.trim(),
        evidenceLinks: values.evidenceLinks ?? [],
      };
      return intent.current === 'complete'
        ? complete({ variables: common })
        : report({ variables: { ...common, progress: values.progress } });
    },
    onSaved: () => {
      form.resetFields();
      void message.success(t(intent.current === 'complete' ? 'report.completed' : 'report.saved'));
      intent.current = 'report';
      onSaved();
    },
  });
  const send = (what: 'report' | 'complete') => {
    intent.current = what;
    submit();
  };

  return (
    <Form<ReportValues>
      {...formProps}
      layout="vertical"
      name="report"
      initialValues={{ progress: task.progress }}
    >
      <FormErrorAlert message={formError} />
      <Form.Item
        name="progress"
        label={t('report.progress')}
        rules={[{ required: true, message: t('report.progressRequired') }, percentRule()]}
      >
        <InputNumber addonAfter="%" style={{ width: 160 }} />
      </Form.Item>
      <Form.Item
        name="note"
        label={t('report.note')}
        rules={[{ required: true, whitespace: true, message: t('report.noteRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={5000} />
      </Form.Item>
      <Form.Item name="evidenceLinks" label={t('report.evidence')} extra={t('report.evidenceHelp')}>
        <Select mode="tags" open={false} tokenSeparators={[' ', ',']} placeholder="https://…" />
      </Form.Item>
      <Space wrap>
        <Button
          type="primary"
          htmlType="submit"
          loading={submitting && intent.current === 'report'}
          disabled={submitting}
          onClick={() => (intent.current = 'report')}
        >
          {t('report.submit')}
        </Button>
        <Button
          onClick={() => send('complete')}
          loading={submitting && intent.current === 'complete'}
          disabled={submitting}
        >
          {t('report.complete')}
        </Button>
      </Space>
    </Form>
  );
}
