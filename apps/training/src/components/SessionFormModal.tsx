import { useMutation } from '@apollo/client/react';
import { Form, Input, InputNumber } from 'antd';
import { EntityFormModal, MomentRangePicker } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import { ScheduleSessionDocument } from '../graphql/generated/graphql';

interface SessionFormValues {
  time: [string, string];
  location: string;
  capacity: number;
  trainer?: string;
}

/** Schedules a session; the times are Vietnam time whatever the device's zone. */
export function SessionFormModal({
  course,
  onClose,
}: {
  course: { id: string; title: string };
  onClose: () => void;
}) {
  const { t } = useTranslation('training');
  const [schedule] = useMutation(ScheduleSessionDocument);
  return (
    <EntityFormModal<SessionFormValues>
      title={t('sessions.createTitle', { course: course.title })}
      name="session"
      namespace="training"
      initialValues={{ capacity: 30 }}
      successMessage={t('common:state.created')}
      onClose={onClose}
      onSubmit={({ time, location, capacity, trainer }) =>
        schedule({
          variables: {
            input: {
              courseId: course.id,
              startsAt: time[0],
              endsAt: time[1],
              location,
              capacity,
              trainer: trainer?.trim() || null,
            },
          },
          refetchQueries: ['CourseList', 'SessionList'],
        })
      }
    >
      <Form.Item
        name="time"
        label={t('sessions.time')}
        rules={[{ required: true, message: t('sessions.timeRequired') }]}
      >
        <MomentRangePicker />
      </Form.Item>
      <Form.Item
        name="location"
        label={t('sessions.location')}
        rules={[{ required: true, whitespace: true, message: t('sessions.locationRequired') }]}
      >
        <Input maxLength={255} />
      </Form.Item>
      <Form.Item
        name="capacity"
        label={t('sessions.capacity')}
        rules={[{ required: true, message: t('sessions.capacityRequired') }]}
      >
        <InputNumber />
      </Form.Item>
      <Form.Item name="trainer" label={t('sessions.trainer')}>
        <Input maxLength={160} />
      </Form.Item>
    </EntityFormModal>
  );
}
