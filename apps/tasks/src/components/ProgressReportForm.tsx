import { useMutation } from '@apollo/client/react';
import { App, Button, Form, Input, InputNumber, Select, Space } from 'antd';
import { useState } from 'react';
import { FormErrorAlert, applyGraphQLErrors } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import {
  CompleteTaskDocument,
  ReportTaskProgressDocument,
  type TaskRowFragment,
} from '../graphql/generated/graphql';

interface ReportValues {
  progress: number;
  note: string;
  evidenceLinks?: string[];
}

/** A progress report (with evidence links) or the completion, sent with the version the reporter saw. */
export function ProgressReportForm({ task, onSaved }: { task: TaskRowFragment; onSaved: () => void }) {
  const { t } = useTranslation('tasks');
  const { message } = App.useApp();
  const [form] = Form.useForm<ReportValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const [report, reporting] = useMutation(ReportTaskProgressDocument);
  const [complete, completing] = useMutation(CompleteTaskDocument);

  const submit = async (values: ReportValues) => {
    setFormError(null);
    try {
      await report({
        variables: {
          id: task.id,
          version: task.version,
          progress: values.progress,
          note: values.note.trim(),
          evidenceLinks: values.evidenceLinks ?? [],
        },
      });
      form.resetFields();
      void message.success(t('report.saved'));
      onSaved();
    } catch (error) {
      setFormError(applyGraphQLErrors(form, error));
    }
  };

  const markDone = async () => {
    setFormError(null);
    // Completion takes the final note (what was delivered) and the evidence typed in the form.
    const checked = await form.validateFields(['note']).catch(() => null);
    if (!checked) return;
    try {
      await complete({
        variables: {
          id: task.id,
          version: task.version,
          note: String(checked.note).trim(),
          evidenceLinks: form.getFieldValue('evidenceLinks') ?? [],
        },
      });
      void message.success(t('report.completed'));
      onSaved();
    } catch (error) {
      setFormError(applyGraphQLErrors(form, error));
    }
  };

  return (
    <Form<ReportValues>
      form={form}
      layout="vertical"
      name="report"
      initialValues={{ progress: task.progress }}
      onFinish={(v) => void submit(v)}
    >
      <FormErrorAlert message={formError} />
      <Form.Item
        name="progress"
        label={t('report.progress')}
        rules={[{ required: true, message: t('report.progressRequired') }]}
      >
        <InputNumber min={0} max={100} addonAfter="%" style={{ width: 160 }} />
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
        <Button type="primary" htmlType="submit" loading={reporting.loading}>
          {t('report.submit')}
        </Button>
        <Button onClick={() => void markDone()} loading={completing.loading}>
          {t('report.complete')}
        </Button>
      </Space>
    </Form>
  );
}
