import { useMutation } from '@apollo/client/react';
import { App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormErrorAlert, UnitSelect, applyGraphQLErrors } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import { SetTrainingTargetDocument, type UnitKind } from '../graphql/generated/graphql';

interface TargetFormValues {
  unitId: string;
  audienceKind?: UnitKind;
  targetPercent: number;
  dueDate: Dayjs;
  note?: string;
}

export const AUDIENCE_KINDS: UnitKind[] = [
  'COMMUNITY_TEAM',
  'DEPARTMENT',
  'RESIDENTIAL_GROUP',
  'WARD',
  'COMMUNE',
];

export function TargetFormModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('training');
  const { message } = App.useApp();
  const [form] = Form.useForm<TargetFormValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const [setTarget, { loading }] = useMutation(SetTrainingTargetDocument);
  const submit = async (v: TargetFormValues) => {
    setFormError(null);
    try {
      await setTarget({
        variables: {
          input: {
            unitId: v.unitId,
            audienceKind: v.audienceKind ?? null,
            targetPercent: v.targetPercent,
            dueDate: v.dueDate.format('YYYY-MM-DD'),
            note: v.note || null,
          },
        },
        refetchQueries: ['TrainingTargets'],
      });
      void message.success(t('common:state.saved'));
      onClose();
    } catch (error) {
      setFormError(applyGraphQLErrors(form, error));
    }
  };
  return (
    <Modal
      open
      title={t('targets.createTitle')}
      okText={t('common:actions.save')}
      cancelText={t('common:actions.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <FormErrorAlert message={formError} />
      <Form<TargetFormValues>
        form={form}
        layout="vertical"
        name="target"
        initialValues={{ targetPercent: 100 }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item
          name="unitId"
          label={t('targets.unit')}
          rules={[{ required: true, message: t('targets.unitRequired') }]}
        >
          <UnitSelect />
        </Form.Item>
        <Form.Item name="audienceKind" label={t('targets.audience')}>
          <Select
            allowClear
            placeholder={t('targets.everyone')}
            options={AUDIENCE_KINDS.map((k) => ({ value: k, label: t(`common:unitKinds.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="targetPercent" label={t('targets.percent')} rules={[{ required: true }]}>
          <InputNumber min={1} max={100} suffix="%" />
        </Form.Item>
        <Form.Item
          name="dueDate"
          label={t('targets.dueDate')}
          rules={[{ required: true, message: t('targets.dueDateRequired') }]}
        >
          <DatePicker />
        </Form.Item>
        <Form.Item name="note" label={t('targets.note')}>
          <Input maxLength={255} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
