import {
  CheckOutlined,
  CloseOutlined,
  OrderedListOutlined,
  SafetyCertificateOutlined,
  StopOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { useState } from 'react';
import { WaitlistMoveModal } from './WaitlistMoveModal';
import { useMutation } from '@apollo/client/react';
import { App, Button, Space } from 'antd';
import { DeskLink, useConfirm } from '@dx/design-system';
import { trainingError } from './errors';
import { useTranslation } from '@dx/i18n';
import {
  CancelEnrolmentDocument,
  CompleteEnrolmentDocument,
  RecordAttendanceDocument,
  type EnrolmentFieldsFragment,
} from '../graphql/generated/graphql';

const REFRESH = ['SessionEnrolments', 'SessionDetail'];

/** The quick buttons of one attendance-sheet row: present, absent, complete, certificate, cancel. */
export function AttendanceActions({ enrolment }: { enrolment: EnrolmentFieldsFragment }) {
  const { t } = useTranslation('training');
  const { message } = App.useApp();
  const confirm = useConfirm();
  const [record, recording] = useMutation(RecordAttendanceDocument, { refetchQueries: REFRESH });
  const [complete, completing] = useMutation(CompleteEnrolmentDocument, { refetchQueries: REFRESH });
  const [cancel, cancelling] = useMutation(CancelEnrolmentDocument, { refetchQueries: REFRESH });
  const name = enrolment.person?.fullName ?? '';
  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      void message.success(done);
    } catch (error) {
      void message.error(trainingError(error));
    }
  };
  const [moving, setMoving] = useState(false);
  const { status, id } = enrolment;
  const canMark = status === 'ENROLLED' || status === 'ATTENDED' || status === 'NO_SHOW';
  return (
    <Space wrap size={4}>
      {canMark && (
        <>
          <Button
            size="small"
            type={status === 'ATTENDED' ? 'primary' : 'default'}
            icon={<CheckOutlined />}
            loading={recording.loading}
            aria-label={t('attendance.presentFor', { name })}
            onClick={() =>
              void run(
                () => record({ variables: { id, attended: true } }),
                t('attendance.markedPresent', { name }),
              )
            }
          >
            {t('attendance.present')}
          </Button>
          <Button
            size="small"
            danger={status === 'NO_SHOW'}
            icon={<CloseOutlined />}
            aria-label={t('attendance.absentFor', { name })}
            onClick={() =>
              void run(
                () => record({ variables: { id, attended: false } }),
                t('attendance.markedAbsent', { name }),
              )
            }
          >
            {t('attendance.absent')}
          </Button>
        </>
      )}
      {status === 'ATTENDED' && (
        <Button
          size="small"
          icon={<TrophyOutlined />}
          loading={completing.loading}
          aria-label={t('attendance.completeFor', { name })}
          onClick={() => void run(() => complete({ variables: { id } }), t('attendance.completed', { name }))}
        >
          {t('attendance.complete')}
        </Button>
      )}
      {status === 'COMPLETED' && (
        <DeskLink to={`certificates/${id}`} aria-label={t('certificate.openFor', { name })}>
          <SafetyCertificateOutlined /> {t('certificate.open')}
        </DeskLink>
      )}
      {status === 'WAITLISTED' && (
        <Button
          size="small"
          icon={<OrderedListOutlined />}
          aria-label={t('waitlist.moveFor', { name })}
          onClick={() => setMoving(true)}
        >
          {t('waitlist.move')}
        </Button>
      )}
      {moving && <WaitlistMoveModal enrolment={enrolment} onClose={() => setMoving(false)} />}
      {(status === 'ENROLLED' || status === 'WAITLISTED') && (
        <Button
          size="small"
          type="text"
          icon={<StopOutlined />}
          loading={cancelling.loading}
          aria-label={t('attendance.cancelFor', { name })}
          onClick={async () => {
            if (await confirm({ title: t('attendance.cancelConfirm', { name }), danger: true }))
              await run(() => cancel({ variables: { id } }), t('attendance.cancelled', { name }));
          }}
        >
          {t('attendance.cancel')}
        </Button>
      )}
    </Space>
  );
}
