import { useMutation, useQuery } from '@apollo/client/react';
import { Form, Input, InputNumber, Select } from 'antd';
import { EntityFormModal, MomentRangePicker } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import { ScheduleSessionDocument, SupportPointOptionsDocument } from '../graphql/generated/graphql';

interface SessionFormValues {
  time: [string, string];
  location: string;
  capacity: number;
  trainer?: string;
  supportPointId?: string;
}

/** The server's rule for seats, said beside the field (the number is never corrected on blur). */
export const CAPACITY_RANGE = { min: 1, max: 10_000 };

/** Support points of the campaigns the coordinator can see, as "point — campaign". */
function useSupportPointOptions() {
  const { data, loading } = useQuery(SupportPointOptionsDocument);
  const points = data?.supportPoints ?? [];
  return {
    loading,
    points,
    options: points.map((p) => ({
      value: p.id,
      label: p.campaign ? `${p.name} — ${p.campaign.title}` : p.name,
    })),
  };
}

/** Picks where the session is held among the campaigns' support points; fills the place when empty. */
function SupportPointField() {
  const { t } = useTranslation('training');
  const form = Form.useFormInstance<SessionFormValues>();
  const supportPoints = useSupportPointOptions();
  const pickPoint = (id?: string) => {
    const point = supportPoints.points.find((p) => p.id === id);
    if (point && !form.getFieldValue('location')) {
      form.setFieldValue('location', [point.name, point.address].filter(Boolean).join(', '));
    }
  };
  return (
    <Form.Item
      name="supportPointId"
      label={t('sessions.supportPoint')}
      extra={t('sessions.supportPointHint')}
    >
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        loading={supportPoints.loading}
        placeholder={t('sessions.noSupportPoint')}
        options={supportPoints.options}
        onChange={pickPoint}
      />
    </Form.Item>
  );
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
      onSubmit={({ time, location, capacity, trainer, supportPointId }) =>
        schedule({
          variables: {
            input: {
              courseId: course.id,
              startsAt: time[0],
              endsAt: time[1],
              location,
              capacity,
              trainer: trainer?.trim() || null,
              supportPointId: supportPointId ?? null,
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
      <SupportPointField />
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
        rules={[
          { required: true, message: t('sessions.capacityRequired') },
          { type: 'integer', ...CAPACITY_RANGE, message: t('sessions.capacityRule', CAPACITY_RANGE) },
        ]}
      >
        <InputNumber />
      </Form.Item>
      <Form.Item name="trainer" label={t('sessions.trainer')}>
        <Input maxLength={160} />
      </Form.Item>
    </EntityFormModal>
  );
}
