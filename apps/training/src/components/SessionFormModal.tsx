import { useMutation } from '@apollo/client/react';
import { App, DatePicker, Form, Input, InputNumber, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormErrorAlert, applyGraphQLErrors } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import { ScheduleSessionDocument } from '../graphql/generated/graphql';

interface SessionFormValues {
  time: [Dayjs, Dayjs];
  location: string;
  capacity: number;
  trainer?: string;
}

export function SessionFormModal({ course, onClose }: { course: { id: string; title: string }; onClose: () => void }) {
  const { t } = useTranslation('training');
  const { message } = App.useApp();
  const [form] = Form.useForm<SessionFormValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const [schedule, { loading }] = useMutation(ScheduleSessionDocument);

  const submit = async ({ time, location, capacity, trainer }: SessionFormValues) => {
    setFormError(null);
    try {
      await schedule({
        variables: { input: { courseId: course.id, startsAt: time[0].toISOString(), endsAt: time[1].toISOString(), location, capacity, trainer: trainer?.trim() || null } },
        refetchQueries: ['CourseList', 'SessionList'],
      });
      void message.success(t('common:state.created'));
      onClose();
    } catch (error) {
      setFormError(applyGraphQLErrors(form, error));
    }
  };

  return (
    <Modal
      open
      title={t('sessions.createTitle', { course: course.title })}
      okText={t('common:actions.save')}
      cancelText={t('common:actions.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <FormErrorAlert message={formError} />
      <Form<SessionFormValues> form={form} layout="vertical" name="session" initialValues={{ capacity: 30 }} onFinish={(v) => void submit(v)}>
        <Form.Item name="time" label={t('sessions.time')} rules={[{ required: true, message: t('sessions.timeRequired') }]}>
          <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
        </Form.Item>
        <Form.Item name="location" label={t('sessions.location')} rules={[{ required: true, whitespace: true, message: t('sessions.locationRequired') }]}>
          <Input maxLength={255} />
        </Form.Item>
        <Form.Item name="capacity" label={t('sessions.capacity')} rules={[{ required: true, message: t('sessions.capacityRequired') }]}>
          <InputNumber min={1} max={10000} />
        </Form.Item>
        <Form.Item name="trainer" label={t('sessions.trainer')}>
          <Input maxLength={160} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
