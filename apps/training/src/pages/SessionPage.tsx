import {
  CalendarOutlined,
  CheckSquareOutlined,
  PrinterOutlined,
  StopOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Descriptions, Flex, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  ConnectionTable,
  DeskLink,
  ErrorState,
  LoadingState,
  useConfirm,
  type FilterField,
} from '@dx/design-system';
import { useSession } from '@dx/graphql-client';
import { useTranslation } from '@dx/i18n';
import { AttendanceActions } from '../components/AttendanceActions';
import { AttendanceSheetModal } from '../components/AttendanceSheetModal';
import { CancelSessionModal, RescheduleModal } from '../components/SessionChangeModals';
import { trainingError } from '../components/errors';
import { EnrolPanel } from '../components/EnrolPanel';
import { SignInSheet } from '../components/SignInSheet';
import { StatusTag } from '../components/StatusTag';
import { useFormat } from '../components/format';
import {
  CompleteAttendedDocument,
  SessionDetailDocument,
  SupportPointDetailDocument,
  SessionEnrolmentsDocument,
  type EnrolmentFieldsFragment,
} from '../graphql/generated/graphql';

const STATUSES = ['ENROLLED', 'WAITLISTED', 'ATTENDED', 'NO_SHOW', 'COMPLETED', 'CANCELLED'] as const;

/** The support point a session is held at; if the campaigns service is down, the rest of the page stays. */
function SupportPointSummary({ id }: { id: string }) {
  const { t } = useTranslation('training');
  const { data, loading, error } = useQuery(SupportPointDetailDocument, { variables: { id } });
  if (loading) return <span>…</span>;
  const point = data?.supportPoint;
  if (error || !point)
    return <Typography.Text type="secondary">{t('sessions.supportPointUnavailable')}</Typography.Text>;
  return (
    <span data-testid="session-support-point">
      <Typography.Text strong>{point.name}</Typography.Text>
      {[point.address, point.openingHours].filter(Boolean).map((v) => (
        <span key={v}> · {v}</span>
      ))}
      {point.campaign && (
        <>
          {' · '}
          <Link to={`/campaigns/${point.campaign.id}`}>
            {t('sessions.supportPointCampaign', { title: point.campaign.title })}
          </Link>
        </>
      )}
    </span>
  );
}

/** One session: its seats, enrolling people or units, and the attendance sheet. */
export function SessionPage() {
  const { sessionId = '' } = useParams();
  const { t } = useTranslation('training');
  const format = useFormat();
  const { hasAnyRole } = useSession();
  const canEdit = hasAnyRole('TRAINING_COORDINATOR');
  const [printing, setPrinting] = useState(false);
  const [dialog, setDialog] = useState<'reschedule' | 'cancel' | 'sheet' | null>(null);
  const { message } = App.useApp();
  const confirm = useConfirm();
  const [completeAll, completing] = useMutation(CompleteAttendedDocument, {
    refetchQueries: ['SessionEnrolments', 'SessionDetail'],
  });
  const { data, loading, error, refetch } = useQuery(SessionDetailDocument, { variables: { id: sessionId } });
  if (loading && !data) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const session = data?.session;
  if (!session) return <ErrorState error={new Error(t('sessions.notFound'))} />;
  const cancelled = session.status === 'CANCELLED';

  const filters: FilterField[] = [
    {
      name: 'status',
      label: t('attendance.status'),
      type: 'select',
      options: STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
    },
  ];
  const columns: ColumnsType<EnrolmentFieldsFragment> = [
    {
      title: t('attendance.name'),
      key: 'name',
      render: (_, e) =>
        e.person ? <DeskLink to={`people/${e.person.id}`}>{e.person.fullName}</DeskLink> : null,
    },
    { title: t('attendance.unit'), key: 'unit', render: (_, e) => e.person?.unit.name },
    {
      title: t('attendance.status'),
      key: 'status',
      render: (_, e) => <StatusTag status={e.status} position={e.waitlistPosition} />,
    },
    {
      title: t('certificate.number'),
      key: 'certificateNo',
      render: (_, e) => e.certificateNo && <bdi>{e.certificateNo}</bdi>,
    },
    ...(canEdit
      ? [
          {
            title: '',
            key: 'actions',
            render: (_: unknown, e: EnrolmentFieldsFragment) => <AttendanceActions enrolment={e} />,
          },
        ]
      : []),
  ];

  return (
    <>
      <Flex justify="space-between" align="start" wrap gap={12}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {session.course.title}
        </Typography.Title>
        <Space wrap>
          <Button icon={<PrinterOutlined />} onClick={() => setPrinting(true)}>
            {t('signIn.open')}
          </Button>
          {canEdit && !cancelled && (
            <>
              <Button icon={<CalendarOutlined />} onClick={() => setDialog('reschedule')}>
                {t('sessionChange.reschedule')}
              </Button>
              <Button icon={<CheckSquareOutlined />} onClick={() => setDialog('sheet')}>
                {t('sheet.open')}
              </Button>
              <Button
                icon={<TrophyOutlined />}
                loading={completing.loading}
                onClick={async () => {
                  if (!(await confirm({ title: t('sheet.completeAllConfirm') }))) return;
                  try {
                    const done = await completeAll({ variables: { sessionId: session.id } });
                    void message.success(
                      t('sheet.completedAll', { count: done.data?.completeAttended.length ?? 0 }),
                    );
                  } catch (failure) {
                    void message.error(trainingError(failure));
                  }
                }}
              >
                {t('sheet.completeAll')}
              </Button>
              <Button danger icon={<StopOutlined />} onClick={() => setDialog('cancel')}>
                {t('sessionChange.cancel')}
              </Button>
            </>
          )}
        </Space>
      </Flex>
      {cancelled && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          title={t('sessionChange.cancelledBanner', { reason: session.cancelReason ?? '' })}
        />
      )}
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        style={{ marginTop: 12 }}
        items={[
          {
            key: 'time',
            label: t('sessions.startsAt'),
            children: (
              <span data-testid="session-time">{`${format.dateTime(session.startsAt)} – ${format.dateTime(session.endsAt)}`}</span>
            ),
          },
          {
            key: 'status',
            label: t('sessionChange.status'),
            children: <Tag color={cancelled ? 'red' : 'blue'}>{t(`sessionStatus.${session.status}`)}</Tag>,
          },
          { key: 'location', label: t('sessions.location'), children: session.location },
          ...(session.supportPoint
            ? [
                {
                  key: 'supportPoint',
                  label: t('sessions.supportPoint'),
                  children: <SupportPointSummary id={session.supportPoint.id} />,
                },
              ]
            : []),
          { key: 'trainer', label: t('sessions.trainer'), children: session.trainer },
          {
            key: 'seats',
            label: t('sessions.seats'),
            children: t('sessions.seatsOf', { taken: session.seatsTaken, capacity: session.capacity }),
          },
          {
            key: 'left',
            label: t('sessions.seatsLeft'),
            children: <span data-testid="seats-left">{session.seatsLeft}</span>,
          },
          { key: 'waitlist', label: t('sessions.waitlist'), children: session.waitlistLength },
        ]}
      />
      {canEdit && !cancelled && <EnrolPanel sessionId={session.id} />}
      <ConnectionTable
        query={SessionEnrolmentsDocument}
        variables={{ sessionId: session.id }}
        connection={(d) => d.enrolments}
        columns={columns}
        rowKey={(e) => e.id}
        filters={filters}
        urlPrefix="e"
        csv={{
          filename: `session-${session.id}`,
          columns: [
            { title: t('attendance.name'), value: (e) => e.person?.fullName },
            { title: t('attendance.unit'), value: (e) => e.person?.unit.name },
            { title: t('attendance.status'), value: (e) => t(`status.${e.status}`) },
            { title: t('certificate.number'), value: (e) => e.certificateNo },
          ],
        }}
      />
      {printing && <SignInSheet session={session} onClose={() => setPrinting(false)} />}
      {dialog === 'reschedule' && <RescheduleModal session={session} onClose={() => setDialog(null)} />}
      {dialog === 'cancel' && <CancelSessionModal session={session} onClose={() => setDialog(null)} />}
      {dialog === 'sheet' && <AttendanceSheetModal sessionId={session.id} onClose={() => setDialog(null)} />}
    </>
  );
}
