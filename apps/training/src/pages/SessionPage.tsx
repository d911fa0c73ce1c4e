import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Descriptions, Flex, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useParams } from 'react-router';
import { ConnectionTable, ErrorState, LoadingState, type FilterField } from '@dx/design-system';
import { useSession } from '@dx/graphql-client';
import { useTranslation } from '@dx/i18n';
import { AttendanceActions } from '../components/AttendanceActions';
import { EnrolPanel } from '../components/EnrolPanel';
import { SignInSheet } from '../components/SignInSheet';
import { StatusTag } from '../components/StatusTag';
import { useFormat } from '../components/format';
import { SessionDetailDocument, SessionEnrolmentsDocument, type EnrolmentFieldsFragment } from '../graphql/generated/graphql';

const STATUSES = ['ENROLLED', 'WAITLISTED', 'ATTENDED', 'NO_SHOW', 'COMPLETED', 'CANCELLED'] as const;

/** One session: its seats, enrolling people or units, and the attendance sheet. */
export function SessionPage() {
  const { sessionId = '' } = useParams();
  const { t } = useTranslation('training');
  const format = useFormat();
  const { hasAnyRole } = useSession();
  const canEdit = hasAnyRole('TRAINING_COORDINATOR');
  const [printing, setPrinting] = useState(false);
  const { data, loading, error, refetch } = useQuery(SessionDetailDocument, { variables: { id: sessionId } });
  if (loading && !data) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const session = data?.session;
  if (!session) return <ErrorState error={new Error(t('sessions.notFound'))} />;

  const filters: FilterField[] = [{ name: 'status', label: t('attendance.status'), type: 'select', options: STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })) }];
  const columns: ColumnsType<EnrolmentFieldsFragment> = [
    { title: t('attendance.name'), key: 'name', render: (_, e) => e.person?.fullName },
    { title: t('attendance.unit'), key: 'unit', render: (_, e) => e.person?.unit.name },
    { title: t('attendance.status'), key: 'status', render: (_, e) => <StatusTag status={e.status} position={e.waitlistPosition} /> },
    { title: t('certificate.number'), key: 'certificateNo', render: (_, e) => e.certificateNo && <bdi>{e.certificateNo}</bdi> },
    ...(canEdit ? [{ title: '', key: 'actions', render: (_: unknown, e: EnrolmentFieldsFragment) => <AttendanceActions enrolment={e} /> }] : []),
  ];

  return (
    <>
      <Flex justify="space-between" align="start" wrap gap={12}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {session.course.title}
        </Typography.Title>
        <Button icon={<PrinterOutlined />} onClick={() => setPrinting(true)}>
          {t('signIn.open')}
        </Button>
      </Flex>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        style={{ marginTop: 12 }}
        items={[
          { key: 'time', label: t('sessions.startsAt'), children: `${format.dateTime(session.startsAt)} – ${format.dateTime(session.endsAt)}` },
          { key: 'location', label: t('sessions.location'), children: session.location },
          { key: 'trainer', label: t('sessions.trainer'), children: session.trainer },
          { key: 'seats', label: t('sessions.seats'), children: t('sessions.seatsOf', { taken: session.seatsTaken, capacity: session.capacity }) },
          { key: 'left', label: t('sessions.seatsLeft'), children: <span data-testid="seats-left">{session.seatsLeft}</span> },
          { key: 'waitlist', label: t('sessions.waitlist'), children: session.waitlistLength },
        ]}
      />
      {canEdit && <EnrolPanel sessionId={session.id} />}
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
    </>
  );
}
