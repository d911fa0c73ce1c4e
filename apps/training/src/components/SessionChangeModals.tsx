import { useMutation } from '@apollo/client/react';
import { Form, Input } from 'antd';
import { EntityFormModal, MomentRangePicker } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import {
  CancelSessionDocument,
  RescheduleSessionDocument,
  type SessionFieldsFragment,
} from '../graphql/generated/graphql';

const REFRESH = ['SessionDetail', 'SessionEnrolments', 'SessionList'];

/** Moves a session to another time (and place); the people enrolled keep their places and are told. */
export function RescheduleModal({
  session,
  onClose,
}: {
  session: SessionFieldsFragment;
  onClose: () => void;
}) {
  const { t } = useTranslation('training');
  const [reschedule] = useMutation(RescheduleSessionDocument, { refetchQueries: REFRESH });
  return (
    <EntityFormModal<{ time: [string, string]; location: string }>
      title={t('sessionChange.rescheduleTitle', { course: session.course.title })}
      name="reschedule"
      namespace="training"
      initialValues={{ time: [session.startsAt, session.endsAt], location: session.location }}
      successMessage={t('sessionChange.rescheduled')}
      okText={t('sessionChange.reschedule')}
      onClose={onClose}
      onSubmit={({ time, location }) =>
        reschedule({
          variables: {
            id: session.id,
            startsAt: time[0],
            endsAt: time[1],
            location,
            version: session.version,
          },
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
    </EntityFormModal>
  );
}

/** Cancels a session with the reason; every enrolment and waitlist place is cancelled and people are told. */
export function CancelSessionModal({
  session,
  onClose,
}: {
  session: SessionFieldsFragment;
  onClose: () => void;
}) {
  const { t } = useTranslation('training');
  const [cancel] = useMutation(CancelSessionDocument, { refetchQueries: REFRESH });
  return (
    <EntityFormModal<{ reason: string }>
      title={t('sessionChange.cancelTitle', { course: session.course.title })}
      name="cancelSession"
      namespace="training"
      successMessage={t('sessionChange.cancelled')}
      okText={t('sessionChange.cancel')}
      onClose={onClose}
      onSubmit={({ reason }) => cancel({ variables: { id: session.id, reason, version: session.version } })}
    >
      <p>
        {t('sessionChange.cancelWarning', { seats: session.seatsTaken, waiting: session.waitlistLength })}
      </p>
      <Form.Item
        name="reason"
        label={t('sessionChange.reason')}
        rules={[{ required: true, whitespace: true, message: t('sessionChange.reasonRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={500} />
      </Form.Item>
    </EntityFormModal>
  );
}
