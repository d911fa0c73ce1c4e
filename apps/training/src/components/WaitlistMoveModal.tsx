import { useMutation } from '@apollo/client/react';
import { Form, Input, InputNumber } from 'antd';
import { EntityFormModal } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import { MoveInWaitlistDocument, type EnrolmentFieldsFragment } from '../graphql/generated/graphql';

/** Puts a waiting person at another place in line, with the reason (kept in the history). */
export function WaitlistMoveModal({
  enrolment,
  onClose,
}: {
  enrolment: EnrolmentFieldsFragment;
  onClose: () => void;
}) {
  const { t } = useTranslation('training');
  const [move] = useMutation(MoveInWaitlistDocument, {
    refetchQueries: ['SessionEnrolments', 'SessionDetail'],
  });
  return (
    <EntityFormModal<{ position: number; reason: string }>
      title={t('waitlist.moveTitle', { name: enrolment.person?.fullName ?? '' })}
      name="waitlistMove"
      namespace="training"
      initialValues={{ position: 1 }}
      successMessage={t('waitlist.moved')}
      okText={t('waitlist.move')}
      onClose={onClose}
      onSubmit={({ position, reason }) => move({ variables: { id: enrolment.id, position, reason } })}
    >
      <p>{t('waitlist.current', { position: enrolment.waitlistPosition ?? '' })}</p>
      <Form.Item
        name="position"
        label={t('waitlist.position')}
        rules={[{ required: true, message: t('waitlist.positionRequired') }]}
      >
        <InputNumber />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('waitlist.reason')}
        rules={[{ required: true, whitespace: true, message: t('sessionChange.reasonRequired') }]}
      >
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </EntityFormModal>
  );
}
